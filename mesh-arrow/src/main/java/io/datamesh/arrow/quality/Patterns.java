package io.datamesh.arrow.quality;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;

/**
 * Compiles an ECMA-262 pattern (JSON Schema, ODCS) for RE2/J: named groups are rewritten to RE2 syntax, and
 * what RE2 cannot run in linear time (look-around, back-references) is refused with a message.
 * A minimal stand-in until the contracts package publishes its compiled-pattern type.
 */
final class Patterns {
  private Patterns() {}

  static Pattern compile(String ecma) {
    String re2 = ecma.replaceAll("\\(\\?<([A-Za-z])", "(?P<$1");
    if (re2.contains("(?=") || re2.contains("(?!") || re2.contains("(?<=") || re2.contains("(?<!")) {
      throw new IllegalArgumentException("pattern '" + ecma + "' uses look-around, which RE2 does not support:"
          + " rewrite it without (?= (?! (?<= (?<!");
    }
    try {
      return Pattern.compile(re2);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("pattern '" + ecma + "' does not compile: " + e.getMessage(), e);
    }
  }
}
