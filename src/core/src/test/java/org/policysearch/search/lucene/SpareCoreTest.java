package org.policysearch.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Side work goes to a free core while a search leaves one, and stays on the search otherwise. */
class SpareCoreTest {
  private static Thread worker(SpareCore spare) throws IOException {
    return SpareCore.await(spare.submit(Thread::currentThread));
  }

  /** The thread that does the side work of the only search on {@code cores} cores. */
  private static Thread workerOfOneSearch(int cores) throws IOException {
    try (SpareCore spare = new SpareCore(cores)) {
      spare.entered();
      Thread worker = worker(spare);
      spare.left();
      return worker;
    }
  }

  @Test
  void oneSearchOnTwoCoresHandsItsSideWorkToTheOtherCore() throws IOException {
    assertNotEquals(Thread.currentThread(), workerOfOneSearch(2));
  }

  @Test
  void whenEveryCoreHasASearchTheSearchDoesItsOwnSideWork() throws IOException {
    try (SpareCore spare = new SpareCore(2)) {
      spare.entered();
      spare.entered();
      assertEquals(Thread.currentThread(), worker(spare));
      spare.left();
      assertNotEquals(Thread.currentThread(), worker(spare), "a core is free again");
      spare.left();
    }
  }

  @Test
  void oneCoreDoesAllTheWorkOnTheCaller() throws IOException {
    assertEquals(Thread.currentThread(), workerOfOneSearch(1));
  }

  @Test
  void aFailureOfTheSideWorkIsThrownToTheSearchThatWaitsForIt() {
    try (SpareCore spare = new SpareCore(2)) {
      spare.entered();
      Future<Object> failing =
          spare.submit(
              () -> {
                throw new IOException("the index went away");
              });
      IOException thrown = assertThrows(IOException.class, () -> SpareCore.await(failing));
      assertEquals("the index went away", thrown.getMessage());
    }
  }
}
