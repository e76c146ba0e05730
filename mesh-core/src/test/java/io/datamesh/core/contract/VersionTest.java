package io.datamesh.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class VersionTest {

  private static final String V302 = "apiVersion: v3.0.2\nkind: DataContract\nid: c\nversion: 1.0.0\n"
      + "status: active\nteam:\n  - {username: alice, role: owner}\n  - {username: bob}\n"
      + "schema:\n  - name: t\n    properties:\n"
      + "      - name: qty\n        logicalType: integer\n"
      + "        logicalTypeOptions: {minimum: 0, exclusiveMinimum: true, maximum: 10, exclusiveMaximum: false}\n"
      + "      - name: id\n        logicalType: string\n        quality:\n          - {rule: nullCheck, mustBe: 0}\n";

  @Test
  void a_v3_0_contract_is_upgraded_with_a_warning_per_change() {
    ContractDocument c = Contracts.read(V302);

    assertThat(c.apiVersion()).isEqualTo("v3.1.0");
    assertThat(c.team().orElseThrow().members()).extracting(m -> m.username()).containsExactly("alice", "bob");
    var qty = c.schemaObject("t").orElseThrow().property("qty").orElseThrow().logicalTypeOptions();
    assertThat(qty.exclusiveMinimum()).contains(BigDecimal.ZERO);
    assertThat(qty.minimum()).isEmpty();
    assertThat(qty.exclusiveMaximum()).isEmpty();
    assertThat(qty.maximum()).contains(BigDecimal.TEN);
    assertThat(c.schemaObject("t").orElseThrow().property("id").orElseThrow().quality().get(0).metric())
        .contains(io.datamesh.api.contract.QualityMetric.NULL_VALUES);
    assertThat(c.warnings()).filteredOn(p -> p.code().equals("upgrade.v3_0")).extracting(Problem::path)
        .containsExactlyInAnyOrder("/team", "/schema/0/properties/0/logicalTypeOptions/exclusiveMinimum",
            "/schema/0/properties/0/logicalTypeOptions/exclusiveMaximum",
            "/schema/0/properties/1/quality/0/rule", "/apiVersion");
    assertThat(OfficialSchema.errors(Differential.json(Contracts.write(c, Format.JSON)))).isEmpty();
  }

  @Test
  void a_v3_0_contract_that_needs_no_change_keeps_its_version_and_writes_back_unchanged() {
    ContractDocument c = Contracts.read(Fixtures.valid("schema__kafka-schema.odcs.yaml"));

    assertThat(c.apiVersion()).isEqualTo("v3.0.2");
    assertThat(c.warnings()).isEmpty();
  }

  @Test
  void a_v2_contract_is_rejected_with_a_way_forward() {
    ContractException e = catchThrowableOfType(ContractException.class,
        () -> Contracts.read("apiVersion: v2.2.2\nkind: DataContract\nuuid: x\nquantumName: q\n"));

    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).path()).isEqualTo("/apiVersion");
    assertThat(e.getMessage()).contains("v2.2.2 is not supported", "v3.1.0", "datacontract export --format odcs");
  }

  @Test
  void an_unknown_api_version_is_rejected_clearly() {
    ValidationResult r = Contracts.validate(Yaml12Test.minimal("").replace("v3.1.0", "v3.2.0"));

    assertThat(r.errors()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("version.unsupported");
      assertThat(p.line()).isEqualTo(1);
      assertThat(p.message()).contains("'v3.2.0'");
    });
  }

  @Test
  void a_missing_api_version_is_a_required_key() {
    ValidationResult r = Contracts.validate("kind: DataContract\nid: c\nversion: 1.0.0\nstatus: draft\n");

    assertThat(r.errors()).singleElement().satisfies(p -> assertThat(p.message()).contains("'apiVersion'"));
  }
}
