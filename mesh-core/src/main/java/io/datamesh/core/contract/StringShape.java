package io.datamesh.core.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** A string, optionally from an enumeration, in a format or matching a pattern. */
final class StringShape implements Shape {
  private final List<String> values;
  private final Formats.@Nullable Format format;
  private final @Nullable Pattern pattern;
  private final String patternMeaning;
  private final String hint;

  StringShape(List<String> values, Formats.@Nullable Format format, @Nullable Pattern pattern,
      String patternMeaning, String hint) {
    this.values = values;
    this.format = format;
    this.pattern = pattern;
    this.patternMeaning = patternMeaning;
    this.hint = hint;
  }

  StringShape oneOf(List<String> allowed, String enumHint) {
    return new StringShape(List.copyOf(allowed), format, pattern, patternMeaning, enumHint);
  }

  StringShape format(Formats.Format f) {
    return new StringShape(values, f, pattern, patternMeaning, hint);
  }

  StringShape pattern(String regex, String meaning) {
    return new StringShape(values, format, Pattern.compile(regex), meaning, hint);
  }

  List<String> values() {
    return values;
  }

  @Override
  public boolean wantsString() {
    return true;
  }

  @Override
  public void check(JsonNode node, String path, Check check) {
    if (!node.isTextual()) {
      check.error("schema.type", path, "expected a string, found " + Json.kind(node), "quote the value");
      return;
    }
    String text = node.asText();
    if (!values.isEmpty() && !values.contains(text)) {
      String near = Suggest.closest(text, values);
      check.error("schema.enum", path, "'" + Json.abbreviate(text) + "' is not one of " + String.join(", ", values),
          (near.isEmpty() ? "" : "did you mean '" + near + "'? ") + hint);
    }
    if (pattern != null && !pattern.matcher(text).find()) {
      check.error("schema.pattern", path, "'" + Json.abbreviate(text) + "' is not " + patternMeaning, hint);
    }
    if (format != null && !format.test(text)) {
      check.error("schema.format", path, "'" + Json.abbreviate(text) + "' is not " + format.meaning(),
          format.example());
    }
  }
}
