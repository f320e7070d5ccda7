package org.policysearch.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;

/**
 * A class loader of one build (a jar, or a class path) for a same-JVM comparison of two builds: it
 * sees only that build's classes and the JDK, except for one harness class, which it defines from
 * the bytes of the running build's copy so that both builds run the same harness.
 */
public final class BuildLoader extends URLClassLoader {
  private final String harnessName;
  private final byte[] harness;

  /** The loader of the build at {@code classPath}, with {@code harness} defined in it afresh. */
  public BuildLoader(URL[] classPath, Class<?> harness) {
    super(classPath, ClassLoader.getPlatformClassLoader());
    this.harnessName = harness.getName();
    this.harness = bytesOf(harness);
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    if (!name.equals(harnessName)) {
      return super.loadClass(name, resolve);
    }
    synchronized (getClassLoadingLock(name)) {
      Class<?> loaded = findLoadedClass(name);
      return loaded != null ? loaded : defineClass(name, harness, 0, harness.length);
    }
  }

  private static byte[] bytesOf(Class<?> type) {
    String resource = type.getName().replace('.', '/') + ".class";
    try (InputStream in = type.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no class file for " + type.getName());
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
