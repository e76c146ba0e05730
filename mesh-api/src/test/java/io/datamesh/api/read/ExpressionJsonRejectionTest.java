package io.datamesh.api.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed and hostile JSON. In each case, {@code ‸} marks the offset the error must name; it is removed before the
 * text is read.
 */
class ExpressionJsonRejectionTest {
  static Stream<Arguments> malformed() {
    return Stream.of(
        row("empty text", "‸", "$", "expected an expression object"),
        row("only whitespace", "  \n‸", "$", "found end of input"),
        row("truncated object", "{\"column\":\"a\"‸", "$", "expected ',' or '}', found end of input"),
        row("truncated string", "{\"column\":\"ab‸", "$.column", "close the string that starts at offset 10"),
        row("truncated nested", "{\"op\":\"not\",\"expr\":‸", "$.expr", "found end of input"),
        row("trailing garbage", "{\"column\":\"a\"} ‸x", "$", "expected end of input after the expression"),
        row("two objects", "{\"column\":\"a\"}‸{}", "$", "expected end of input"),
        row("top-level array", "‸[{\"column\":\"a\"}]", "$", "found '['"),
        row("byte order mark", "‸\ufeff{\"column\":\"a\"}", "$", "found U+FEFF"),
        row("unknown op", "{\"op\":‸\"gte\",\"left\":{\"column\":\"a\"},\"right\":{\"literal\":1}}", "$.op",
            "expected one of the ops eq, ne, lt, le, gt, ge, in, is_null, not, and, or, found \"gte\""),
        row("op not a string", "{\"op\":‸1}", "$.op", "expected a string"),
        row("and of one", "{\"op\":\"and\",\"args\":‸[{\"column\":\"a\"}]}", "$.args", "two or more args, found 1"),
        row("or of none", "{\"op\":\"or\",\"args\":‸[]}", "$.args", "two or more args, found 0"),
        row("in of none", "{\"op\":\"in\",\"expr\":{\"column\":\"a\"},\"values\":‸[]}", "$.values",
            "one or more values, found none"),
        row("in of a column", "{\"op\":\"in\",\"expr\":{\"column\":\"a\"},\"values\":[‸{\"column\":\"b\"}]}",
            "$.values[0]", "expected a literal or principal reference"),
        row("values not a list", "{\"op\":\"in\",\"expr\":{\"column\":\"a\"},\"values\":‸{}}", "$.values",
            "expected '['"),
        row("duplicate key", "{\"column\":\"a\",‸\"column\":\"b\"}", "$.column", "found \"column\" again"),
        row("duplicate escaped key", "{\"op\":\"not\",\"expr\":{\"column\":\"a\"},‸\"\\u006fp\":\"not\"}", "$.op",
            "again"),
        row("unknown key", "{\"column\":\"a\",‸\"foo\":1}", "$", "expected one of the keys op, column"),
        row("key of another node", "{\"column\":\"a\",‸\"left\":{\"column\":\"b\"}}", "$",
            "expected no other key with a \"column\" node, found \"left\""),
        row("key of another op", "{\"op\":\"not\",\"expr\":{\"column\":\"a\"},‸\"args\":[]}", "$",
            "expected the keys [expr] with op \"not\", found \"args\""),
        row("missing operand", "‸{\"op\":\"gt\",\"left\":{\"column\":\"a\"}}", "$", "found no \"right\""),
        row("two heads", "{\"column\":\"a\",‸\"principal\":\"b\"}", "$", "found both \"column\" and \"principal\""),
        row("empty object", "‸{}", "$", "found an empty object"),
        row("operands only", "‸{\"expr\":{\"column\":\"a\"}}", "$", "found only the keys [expr]"),
        row("deep error path", "{\"op\":\"and\",\"args\":[{\"column\":\"a\"},{\"op\":\"not\",\"expr\":‸[]}]}",
            "$.args[1].expr", "expected an expression object"),
        row("trailing comma in object", "{\"column\":\"a\",‸}", "$", "expected a key in double quotes"),
        row("trailing comma in list", "{\"op\":\"or\",\"args\":[{\"column\":\"a\"},‸]}", "$.args[1]",
            "expected an expression object"),
        row("single quotes", "{‸'column':'a'}", "$", "expected a key in double quotes, found '''"),
        row("comment", "{\"column\":\"a\"}‸/* x */", "$", "found '/'"),
        row("bare double", "{\"literal\":‸1.5}", "$.literal", "write a double as {\"double\":1.5}"),
        row("long overflow", "{\"literal\":‸9223372036854775808}", "$.literal", "fits in 64 bits"),
        row("leading zero", "{\"literal\":0‸1}", "$", "expected ',' or '}', found '1'"),
        row("lone minus", "{\"literal\":-‸}", "$.literal", "expected a digit"),
        row("fraction without digits", "{\"literal\":{\"double\":1.‸}}", "$.literal.double", "a digit after '.'"),
        row("exponent without digits", "{\"literal\":{\"double\":1e‸}}", "$.literal.double", "in the exponent"),
        row("misspelled true", "{\"literal\":‸tru}", "$.literal", "expected a literal value"),
        row("unknown tag", "{\"literal\":{‸\"float\":1}}", "$.literal", "found \"float\""),
        row("two tags", "{\"literal\":{\"double\":1‸,\"decimal\":\"1\"}}", "$.literal", "exactly one key"),
        row("empty tag object", "{\"literal\":{‸}}", "$.literal", "expected one of the keys double"),
        row("bad special double", "{\"literal\":{\"double\":‸\"nan\"}}", "$.literal.double", "found \"nan\""),
        row("double overflow", "{\"literal\":{\"double\":‸1e999}}", "$.literal.double", "range of a double"),
        row("bad decimal", "{\"literal\":{\"decimal\":‸\"1,5\"}}", "$.literal.decimal", "found \"1,5\""),
        row("non-ASCII decimal digits", "{\"literal\":{\"decimal\":‸\"١٢\"}}", "$.literal.decimal", "expected"),
        row("decimal as number", "{\"literal\":{\"decimal\":‸1.5}}", "$.literal.decimal", "in a string"),
        row("bad date", "{\"literal\":{\"date\":‸\"2024-02-30\"}}", "$.literal.date", "ISO date"),
        row("bad timestamp", "{\"literal\":{\"timestamp\":‸\"yesterday\"}}", "$.literal.timestamp", "ISO instant"),
        row("unknown escape", "{\"column\":\"a‸\\x\"}", "$.column", "expected one of the escapes"),
        row("bad hex escape", "{\"column\":\"\\u12‸G4\"}", "$.column", "4 hexadecimal digits"),
        row("truncated hex escape", "{\"column\":\"\\u12‸", "$.column", "4 hexadecimal digits"),
        row("lone high surrogate", "{\"column\":‸\"a\\ud800\"}", "$.column", "unpaired surrogate U+D800"),
        row("lone low surrogate", "{\"column\":‸\"\\udc00b\"}", "$.column", "unpaired surrogate U+DC00"),
        row("raw control character", "{\"column\":\"a‸\n\"}", "$.column", "raw control character U+000A"),
        row("empty column name", "‸{\"column\":\"\"}", "$", "column name must not be empty"),
        row("too long a number", "{\"literal\":‸" + "1".repeat(5000) + "}", "$.literal", "at most 1100"));
  }

  private static Arguments row(String name, String marked, String path, String detail) {
    return Arguments.of(name, marked, path, detail);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void malformed_json_is_refused_naming_offset_path_and_what_was_expected(
      String name, String marked, String path, String detail) {
    int offset = marked.indexOf('‸');
    String json = marked.replace("‸", "");
    assertThatThrownBy(() -> Expression.fromJson(json))
        .isInstanceOfSatisfying(MeshException.class, e -> {
          assertThat(e.status()).isEqualTo(MeshStatus.INVALID_ARGUMENT);
          assertThat(e.getMessage())
              .contains("at offset " + offset + ", path " + path + ":")
              .contains(detail);
        });
  }

  @Test
  void ten_thousand_nested_levels_are_refused_without_exhausting_the_stack() {
    String json = "{\"op\":\"not\",\"expr\":".repeat(10_000) + "{\"column\":\"a\"}" + "}".repeat(10_000);
    int offsetOfLevel65 = "{\"op\":\"not\",\"expr\":".length() * Expression.MAX_DEPTH;
    assertThatThrownBy(() -> Expression.fromJson(json))
        .isInstanceOf(MeshException.class)
        .hasMessageContaining("at offset " + offsetOfLevel65)
        .hasMessageContaining("at most 64 levels");
  }

  @Test
  void one_level_beyond_the_greatest_depth_is_refused() {
    String ok = "{\"op\":\"not\",\"expr\":".repeat(63) + "{\"column\":\"a\"}" + "}".repeat(63);
    String deep = "{\"op\":\"not\",\"expr\":" + ok + "}";
    assertThat(Expression.fromJson(ok)).isInstanceOf(Not.class);
    assertThatThrownBy(() -> Expression.fromJson(deep)).isInstanceOf(MeshException.class)
        .hasMessageContaining("at most 64 levels");
  }

  @Test
  void deep_nesting_inside_arrays_and_unknown_keys_is_refused_at_once() {
    String prefix = "{\"op\":\"and\",\"args\":[";
    String arrays = prefix + "[".repeat(100_000);
    String unknown = "{\"x\":".repeat(100_000);
    String literal = "{\"literal\":" + "{\"double\":".repeat(100_000);
    assertThatThrownBy(() -> Expression.fromJson(arrays))
        .hasMessageContaining("at offset " + prefix.length() + ", path $.args[0]:");
    assertThatThrownBy(() -> Expression.fromJson(unknown)).hasMessageContaining("at offset 1, path $:");
    assertThatThrownBy(() -> Expression.fromJson(literal)).hasMessageContaining("$.literal.double");
  }

  @Test
  void hostile_keys_and_values_are_quoted_briefly_in_the_message() {
    String key = "{\"" + "k".repeat(10_000_000) + "\":1}";
    String value = "{\"op\":\"in\",\"expr\":{\"column\":\"a\"},\"values\":[{\"column\":\"" + "v".repeat(10_000_000)
        + "\"}]}";
    String number = "{\"literal\":" + "9".repeat(1000) + "}";
    assertThatThrownBy(() -> Expression.fromJson(key))
        .isInstanceOf(MeshException.class)
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(400).contains("kkk...\""));
    assertThatThrownBy(() -> Expression.fromJson(value))
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(400).contains("vvv..."));
    assertThatThrownBy(() -> Expression.fromJson(number))
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(400).contains("999...;"));
  }
}
