package io.datamesh.api.contract;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Holds a builder's optional text fields by name, so builders need no field per optional string. */
final class Strings {
  private final Map<String, String> values = new HashMap<>();

  void put(String key, String value) {
    values.put(key, value);
  }

  Optional<String> get(String key) {
    return Optional.ofNullable(values.get(key));
  }
}
