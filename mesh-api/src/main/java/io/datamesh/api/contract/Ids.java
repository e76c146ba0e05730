package io.datamesh.api.contract;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** Checks ODCS stable ids ({@code ^[A-Za-z0-9_-]+$}, RFC 26). */
final class Ids {
  private static final Pattern STABLE_ID = Pattern.compile("[A-Za-z0-9_-]+");

  private Ids() {}

  static String check(String id) {
    Objects.requireNonNull(id, "id");
    if (!STABLE_ID.matcher(id).matches()) {
      throw new IllegalArgumentException("a stable id has only letters, digits, '_' and '-', got '" + id + "'");
    }
    return id;
  }

  static Optional<String> check(Optional<String> id) {
    id.ifPresent(Ids::check);
    return id;
  }
}
