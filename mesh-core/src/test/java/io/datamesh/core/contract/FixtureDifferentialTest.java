package io.datamesh.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FixtureDifferentialTest {

  static List<Path> fixtures() {
    return Fixtures.allValid();
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void every_official_fixture_is_valid_for_us_and_for_the_official_schema(Path fixture) {
    ValidationResult ours = Contracts.validate(fixture);
    JsonNode tree = tree(Contracts.read(fixture));

    assertThat(ours.errors()).as(ours.report()).isEmpty();
    assertThat(OfficialSchema.errors(tree)).isEmpty();
  }

  @Test
  void f3_is_rejected_at_exactly_the_bad_logical_type_and_the_bad_rule() {
    Path f3 = Fixtures.invalid("F3-bad-enums.odcs.yaml");
    ValidationResult ours = Contracts.validate(f3);

    Set<String> paths = ours.errors().stream().map(Problem::path).collect(Collectors.toSet());
    assertThat(paths).containsExactlyInAnyOrder("/schema/0/properties/0/logicalType",
        "/schema/0/properties/0/quality/0");
    assertThat(OfficialSchema.locations(yaml(f3))).containsAll(paths);
    assertThat(ours.errors()).allSatisfy(p -> assertThat(p.line()).isPositive());
  }

  @Test
  void a_rule_with_two_operators_and_one_with_none_are_rejected_where_the_schema_rejects_them() {
    String f4 = "apiVersion: v3.1.0\nkind: DataContract\nid: twoops\nversion: 1.0.0\nstatus: active\n"
        + "schema:\n  - name: t\n    quality:\n"
        + "      - {type: sql, query: \"SELECT COUNT(*) FROM t\", mustBeGreaterThan: 0, mustBeLessThan: 100}\n"
        + "      - {metric: rowCount}\n";
    ValidationResult ours = Contracts.validate(f4);

    assertThat(ours.errors()).extracting(Problem::path).containsExactlyInAnyOrder("/schema/0/quality/0",
        "/schema/0/quality/1");
    assertThat(ours.errors()).extracting(Problem::code).containsOnly("rule.operator-count");
    assertThat(OfficialSchema.locations(Differential.json(f4))).containsAll(
        ours.errors().stream().map(Problem::path).toList());
  }

  static JsonNode tree(ContractDocument doc) {
    return ((TreeContract) doc).tree();
  }

  static JsonNode yaml(Path path) {
    try {
      return new ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).readTree(path.toFile());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
