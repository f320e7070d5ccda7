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

  @Test
  void oneSearchOnTwoCoresHandsItsSideWorkToTheOtherCore() throws IOException {
    try (SpareCore spare = new SpareCore(2)) {
      spare.entered();
      assertNotEquals(Thread.currentThread(), worker(spare));
      spare.left();
    }
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
    try (SpareCore spare = new SpareCore(1)) {
      spare.entered();
      assertEquals(Thread.currentThread(), worker(spare));
      spare.left();
    }
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
