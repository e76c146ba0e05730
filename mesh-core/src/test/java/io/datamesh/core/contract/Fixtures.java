package io.datamesh.core.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds the ODCS fixtures copied into the test resources. */
final class Fixtures {
  private Fixtures() {}

  static Path valid(String name) {
    return dir("odcs/valid").resolve(name);
  }

  static Path invalid(String name) {
    return dir("odcs/invalid").resolve(name);
  }

  static List<Path> allValid() {
    try (Stream<Path> files = Files.list(dir("odcs/valid"))) {
      return files.filter(p -> p.toString().endsWith(".odcs.yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path dir(String resource) {
    try {
      return Path.of(Fixtures.class.getClassLoader().getResource(resource).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
