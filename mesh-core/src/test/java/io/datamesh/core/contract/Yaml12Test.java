package io.datamesh.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.datamesh.api.contract.SchemaProperty;
import org.junit.jupiter.api.Test;

class Yaml12Test {

  @Test
  void dates_in_examples_stay_the_strings_written() {
    ContractDocument c = Contracts.read(Fixtures.valid("fundamentals__table-column-description.odcs.yaml"));
    SchemaProperty txn = c.schemaObject("tbl").orElseThrow().property("txn_ref_dt").orElseThrow();

    assertThat(txn.examples()).containsExactly("2022-10-03", "2025-01-28");
    assertThat(Contracts.write(c, Format.YAML)).contains("\"2022-10-03\"");
  }

  @Test
  void yaml_1_1_booleans_and_sexagesimals_are_strings() {
    ContractDocument c = Contracts.read(minimal("tags: [no, yes, off, 09:30]\n").replace("status: draft", "status: on"));

    assertThat(c.status()).contains("on");
    assertThat(c.tags()).containsExactly("no", "yes", "off", "09:30");
    assertThat(c.warnings()).isEmpty();
  }

  @Test
  void a_plain_number_where_odcs_expects_a_string_is_read_as_written() {
    ContractDocument c = Contracts.read(minimal("version: 1.10\nname: 2024\n").replace("version: 1.0.0\n", ""));

    assertThat(c.version()).isEqualTo("1.10");
    assertThat(c.name()).contains("2024");
    assertThat(c.warnings()).extracting(Problem::severity).containsOnly(Severity.INFO);
    assertThat(c.warnings()).extracting(Problem::path).contains("/version", "/name");
  }

  @Test
  void a_quoted_number_is_a_string_and_a_plain_one_a_number_where_odcs_allows_both() {
    ContractDocument c = Contracts.read(minimal("slaProperties:\n  - {property: latency, value: 4}\n"
        + "  - {property: retention, value: '4'}\n"));

    assertThat(c.slaProperties().get(0).value()).contains(new java.math.BigDecimal(4));
    assertThat(c.slaProperties().get(1).value()).contains("4");
  }

  @Test
  void an_empty_value_is_null_and_a_tilde_too() {
    ContractDocument c = Contracts.read(minimal("customProperties:\n  - property: a\n    value:\n"
        + "  - {property: b, value: ~}\n"));

    assertThat(c.customProperties()).allSatisfy(p -> assertThat(p.value()).isEmpty());
  }

  static String minimal(String more) {
    return "apiVersion: v3.1.0\nkind: DataContract\nid: c1\nversion: 1.0.0\nstatus: draft\n" + more;
  }
}
