package io.datamesh.core.contract;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.Objects;

/**
 * Compiles an ODCS pattern (an ECMA-262 regular expression, as in {@code logicalTypeOptions.pattern} or an
 * {@code invalidValues} rule's {@code arguments.pattern}) for RE2/J, which matches in time linear in the input: a
 * contract cannot carry a pattern that hangs a reader. The ECMA syntax is translated by a fixed mapping (see
 * {@code docs/decisions/0001-re2j-for-contract-patterns.md}); constructs RE2 cannot run in linear time
 * (backreferences, lookahead, lookbehind) are rejected with a hint for a rewrite.
 *
 * <pre>{@code
 * ContractPattern email = ContractPattern.compile("^[^@\\s]+@[^@\\s]+$");
 * email.test("alice@example.com"); // true
 * }</pre>
 */
public final class ContractPattern {
  private final String source;
  private final String translated;
  private final Pattern pattern;

  private ContractPattern(String source, String translated, Pattern pattern) {
    this.source = source;
    this.translated = translated;
    this.pattern = pattern;
  }

  /**
   * Compiles an ECMA-262 pattern.
   *
   * @param ecmaPattern the pattern as written in the contract
   * @return the compiled pattern
   * @throws IllegalArgumentException if the pattern is malformed or uses a construct RE2 cannot run; the message
   *     names the construct and its position
   */
  public static ContractPattern compile(String ecmaPattern) {
    Objects.requireNonNull(ecmaPattern, "ecmaPattern");
    String re2 = EcmaTranslator.translate(ecmaPattern);
    try {
      return new ContractPattern(ecmaPattern, re2, Pattern.compile(re2));
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("pattern '" + ecmaPattern + "' cannot be compiled: " + e.getDescription(),
          e);
    }
  }

  /**
   * Tells whether the pattern matches somewhere in the text, as ECMA-262 {@code RegExp.test} and JSON Schema's
   * {@code pattern} do; anchor the pattern with {@code ^...$} to match the whole text.
   *
   * @param text the text to search
   * @return true if the pattern matches a part of it
   */
  public boolean test(CharSequence text) {
    return pattern.matcher(text).find();
  }

  /**
   * Tells whether the pattern matches the whole text.
   *
   * @param text the text
   * @return true if the whole text matches
   */
  public boolean matchesEntirely(CharSequence text) {
    return pattern.matcher(text).matches();
  }

  /**
   * Returns the pattern as written in the contract.
   *
   * @return the ECMA-262 source
   */
  public String source() {
    return source;
  }

  /**
   * Returns the RE2 syntax the pattern was translated to.
   *
   * @return the RE2 pattern
   */
  public String translated() {
    return translated;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ContractPattern && ((ContractPattern) o).source.equals(source);
  }

  @Override
  public int hashCode() {
    return source.hashCode();
  }

  @Override
  public String toString() {
    return "/" + source + "/";
  }

  /** Suggests a rewrite for the construct that makes a pattern unsupported. */
  static String hint(String ecmaPattern) {
    if (ecmaPattern.contains("(?=") || ecmaPattern.contains("(?!")) {
      return "lookahead cannot run in linear time: split the rule into two patterns (one that must match, one"
          + " that must not), or spell out the alternatives";
    }
    if (ecmaPattern.contains("(?<=") || ecmaPattern.contains("(?<!")) {
      return "lookbehind cannot run in linear time: match the preceding text explicitly";
    }
    if (ecmaPattern.matches(".*\\\\[1-9k].*")) {
      return "backreferences cannot run in linear time: list the allowed repetitions explicitly, e.g."
          + " (aa|bb) instead of (a|b)\\1";
    }
    return "write the pattern in the subset of ECMA-262 that RE2 supports (no backreferences or lookaround,"
        + " repetition counts up to 1000)";
  }
}
