package io.datamesh.api.contract;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Shared checks for builders and the text forms of enums. */
final class Texts {
  private Texts() {}

  static String nonBlank(String what, String value) {
    Objects.requireNonNull(value, what);
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank, was '" + value + "'");
    }
    return value;
  }

  static <E extends Enum<E>> Optional<E> find(E[] values, Function<E, String> text, String wanted) {
    return Arrays.stream(values).filter(v -> text.apply(v).equals(wanted)).findFirst();
  }

  static <E extends Enum<E>> E lookup(String what, E[] values, Function<E, String> text, String wanted) {
    Objects.requireNonNull(wanted, what);
    return find(values, text, wanted).orElseThrow(() -> new IllegalArgumentException(
        "unknown " + what + " '" + wanted + "': expected one of " + list(values, text)));
  }

  static <E extends Enum<E>> String list(E[] values, Function<E, String> text) {
    return Arrays.stream(values).map(text).collect(Collectors.joining(", "));
  }

  /** Returns where the element named {@code name} is, or throws naming the ones there are. */
  static <T> int indexOf(List<T> list, Function<T, String> nameOf, String name, String what) {
    Objects.requireNonNull(name, "name");
    for (int i = 0; i < list.size(); i++) {
      if (nameOf.apply(list.get(i)).equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException("there is no " + what + " named '" + name + "' to replace; there are "
        + list.stream().map(nameOf).toList());
  }
}
