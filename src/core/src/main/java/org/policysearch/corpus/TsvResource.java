package org.policysearch.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the tab-separated resources shipped in the jar: '#' starts a comment line. */
public final class TsvResource {
  private TsvResource() {}

  /** The rows of resource {@code name}, next to class {@code owner}, split at tabs. */
  public static List<String[]> rows(Class<?> owner, String name) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        // Missing resources are a packaging bug, not a user mistake: fail fast.
        throw new IllegalStateException("missing resource " + name);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.split("\t", -1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
    return rows;
  }
}
