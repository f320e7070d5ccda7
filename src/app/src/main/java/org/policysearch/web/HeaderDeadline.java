package org.policysearch.web;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes a connection that has not sent a whole request head (request line and headers) within a
 * deadline of opening or of the end of its previous answer.
 *
 * <p>Jetty's idle timeout restarts with every byte, so a client trickling one header line every few
 * seconds (slowloris) holds a connection for as long as it likes; no Jetty setting bounds the time
 * a head takes. A connection is "waiting" from its opening, and again from the end of each answer,
 * until a request reaches the handlers, which happens once its head is complete; a connection that
 * waits past the deadline is closed. A kept-alive connection with nothing to ask is closed after
 * the deadline too, which browsers expect of any server.
 */
final class HeaderDeadline extends Handler.Wrapper implements Connection.Listener {
  private static final Logger LOG = LoggerFactory.getLogger(HeaderDeadline.class);

  private final Duration deadline;

  /** Each waiting connection's pending close; none while a request is being answered. */
  private final Map<Connection, Wait> waiting = new ConcurrentHashMap<>();

  private volatile Scheduler scheduler;

  HeaderDeadline(Duration deadline) {
    this.deadline = deadline;
  }

  @Override
  protected void doStart() throws Exception {
    scheduler = getServer().getScheduler();
    super.doStart();
  }

  @Override
  public void onOpened(Connection connection) {
    startWaiting(connection);
  }

  @Override
  public void onClosed(Connection connection) {
    stopWaiting(connection);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    Connection connection = request.getConnectionMetaData().getConnection();
    stopWaiting(connection);
    // Waiting again before the answer completes: once it has, Jetty may parse and hand over the
    // next request on this connection, which must find nothing left to cancel.
    Callback answered =
        new Callback.Nested(callback) {
          @Override
          public void succeeded() {
            startWaiting(connection);
            super.succeeded();
          }

          @Override
          public void failed(Throwable cause) {
            startWaiting(connection);
            super.failed(cause);
          }
        };
    boolean handled = super.handle(request, response, answered);
    if (!handled) {
      startWaiting(connection); // Jetty answers 404 itself; the next head is due from now
    }
    return handled;
  }

  private void startWaiting(Connection connection) {
    if (!connection.getEndPoint().isOpen()) {
      return; // closed after its answer: onClosed has run or is about to
    }
    Wait wait = new Wait(connection);
    Wait previous = waiting.put(connection, wait);
    if (previous != null) {
      previous.cancel();
    }
    wait.task = scheduler.schedule(wait, deadline);
  }

  private void stopWaiting(Connection connection) {
    Wait wait = waiting.remove(connection);
    if (wait != null) {
      wait.cancel();
    }
  }

  /** One connection's wait for a request head: when it runs out, the connection is closed. */
  private final class Wait implements Runnable {
    private final Connection connection;
    private volatile Scheduler.Task task;

    Wait(Connection connection) {
      this.connection = connection;
    }

    @Override
    public void run() {
      // Only if no request has arrived since: that would have removed this wait.
      if (waiting.remove(connection, this)) {
        LOG.debug(
            "closing {}: no whole request head within {} s",
            connection.getEndPoint().getRemoteSocketAddress(),
            deadline.toSeconds());
        // The socket, not the connection: closing an HttpConnection answers the half-read
        // request with a 500, and a request never sent whole has nothing to be answered.
        connection.getEndPoint().close();
      }
    }

    void cancel() {
      Scheduler.Task scheduled = task;
      if (scheduled != null) {
        scheduled.cancel();
      }
    }
  }
}
