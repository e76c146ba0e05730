package io.datamesh.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValidationReportTest {

  @Test
  void every_problem_is_reported_at_once_with_origin_line_column_path_and_hint() {
    String text = "apiVersion: v3.1.0\nkind: DataContract\nid: c\nversion: 1.0.0\n"
        + "schema:\n  - name: t\n    properties:\n      - name: a\n        logicalType: strng\n"
        + "        quality:\n          - {metrc: nullValues, mustBe: 0}\n";

    ValidationResult r = Contracts.validate(text);

    assertThat(r.report().lines()).containsExactly(
        "<string>:1:1: ERROR /: an ODCS contract needs 'status' (add status: ...)",
        "<string>:9:22: ERROR /schema/0/properties/0/logicalType: 'strng' is not one of string, date, timestamp,"
            + " time, number, integer, object, array, boolean (did you mean 'string'? put the database type"
            + " (varchar, int4, ...) in physicalType)",
        "<string>:11:14: ERROR /schema/0/properties/0/quality/0: 'metrc' is not a key of a quality rule (did you"
            + " mean 'metric'?)",
        "<string>:11:33: ERROR /schema/0/properties/0/quality/0: 'mustBe' applies to library and sql rules only"
            + " (add a metric, or type: sql with a query; a text rule has no operator)");
  }

  @Test
  void a_contract_built_in_code_is_validated_with_paths_but_no_lines() {
    var built = io.datamesh.api.contract.Contract.builder().setId("c").setVersion("1.0.0")
        .addSlaProperty(io.datamesh.api.contract.SlaProperty.builder("latency", 4).setElement("orders.x").build())
        .build();

    ValidationResult r = Contracts.validate(built);

    assertThat(r.isValid()).isTrue();
    assertThat(r.origin()).isEqualTo("<code>");
    assertThat(r.warnings()).singleElement().satisfies(w -> {
      assertThat(w.path()).isEqualTo("/slaProperties/0/element");
      assertThat(w.line()).isZero();
    });
  }
}
