package org.policysearch;

import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code index}, {@code serve}, {@code search}, {@code eval} and {@code bench}.
 */
@Command(
    name = "policy-search",
    mixinStandardHelpOptions = true,
    version = "policy-search 0.1.0",
    description = "Full-text search over policy documents.",
    subcommands = {
      IndexCommand.class,
      ServeCommand.class,
      SearchCommand.class,
      EvalCommand.class,
      BenchCommand.class,
      AbCommand.class,
      WarmUpCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The command line as {@link #main} runs it: bad input is told in its own words, in one line. */
  static CommandLine commandLine() {
    return new CommandLine(new Main()).setExecutionExceptionHandler(Main::badInput);
  }

  /**
   * A command throws {@link IllegalArgumentException} for what it was given (a folder that is not
   * there, an option out of range), and a file an option names may be missing: the message is the
   * error, without a stack trace that would bury it. Anything else is a fault, and its stack trace
   * is what a report of it needs.
   */
  private static int badInput(Exception e, CommandLine command, CommandLine.ParseResult parsed)
      throws Exception {
    if (e instanceof IllegalArgumentException) {
      System.err.println(e.getMessage());
      return 1;
    }
    if (e instanceof NoSuchFileException missing) {
      // A file an option names (topics, qrels, a query list) that is not there: the user's typo.
      System.err.println("No such file: " + missing.getFile());
      return 1;
    }
    throw e;
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
