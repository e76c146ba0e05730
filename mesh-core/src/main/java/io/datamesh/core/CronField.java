package io.datamesh.core;

import java.util.BitSet;
import org.jspecify.annotations.Nullable;

/** Parses one cron field into the set of values it allows. */
final class CronField {
  private CronField() {}

  static BitSet parse(String expr, String field, String text, int min, int max, String @Nullable [] names) {
    BitSet set = new BitSet(max + 1);
    for (String part : text.split(",", -1)) {
      int step = 1;
      String range = part;
      int slash = part.indexOf('/');
      if (slash >= 0) {
        step = number(expr, field, part.substring(slash + 1), 1, max, null);
        range = part.substring(0, slash);
      }
      int lo;
      int hi;
      if (range.equals("*")) {
        lo = min;
        hi = max;
      } else if (range.indexOf('-') > 0) {
        lo = number(expr, field, range.substring(0, range.indexOf('-')), min, max, names);
        hi = number(expr, field, range.substring(range.indexOf('-') + 1), min, max, names);
        if (lo > hi) {
          throw bad(expr, field, part, "the range runs backwards");
        }
      } else {
        lo = number(expr, field, range, min, max, names);
        hi = slash >= 0 ? max : lo;
      }
      for (int v = lo; v <= hi; v += step) {
        set.set(v);
      }
    }
    return set;
  }

  private static int number(String expr, String field, String s, int min, int max, String @Nullable [] names) {
    if (names != null) {
      for (int i = 0; i < names.length; i++) {
        if (names[i].equals(s)) {
          return names.length == 12 ? i + 1 : i;
        }
      }
    }
    if (s.isEmpty() || s.length() > 4 || !s.chars().allMatch(Character::isDigit)) {
      throw bad(expr, field, s, "expected a number" + (names != null ? " or a name" : ""));
    }
    int v = Integer.parseInt(s);
    if (v < min || v > max) {
      throw bad(expr, field, s, "out of range " + min + "-" + max);
    }
    return v;
  }

  private static IllegalArgumentException bad(String expr, String field, String value, String why) {
    return new IllegalArgumentException("cron expression '" + expr + "': " + field + " '" + value + "' is invalid: "
        + why);
  }
}
