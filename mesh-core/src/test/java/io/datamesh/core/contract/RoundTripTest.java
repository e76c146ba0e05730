package io.datamesh.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class RoundTripTest {

  static List<Path> fixtures() {
    return Fixtures.allValid();
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void every_fixture_writes_back_to_an_equal_document_in_yaml_and_json(Path fixture) {
    ContractDocument read = Contracts.read(fixture);
    JsonNode original = Differential.json(Fixtures.text(fixture));

    for (Format format : Format.values()) {
      ContractDocument again = Contracts.read(Contracts.write(read, format));
      assertThat(((TreeContract) again).tree()).as(format.name()).isEqualTo(original);
    }
  }

  @Test
  void unknown_keys_in_open_sections_and_custom_properties_survive() {
    String text = Yaml12Test.minimal("description:\n  purpose: p\n  x-reviewedBy: alice\n"
        + "customProperties:\n  - property: nested\n    value: {a: [1, null, {b: true}]}\n");

    String written = Contracts.write(Contracts.read(text), Format.JSON);

    assertThat(Differential.json(written)).isEqualTo(Differential.json(text));
    assertThat(written).contains("x-reviewedBy");
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void a_contract_built_in_code_writes_a_valid_document_that_reads_back_the_same(Format format) {
    io.datamesh.api.contract.Contract built = BuiltContracts.orders();

    String text = Contracts.write(built, format);
    ContractDocument read = Contracts.read(text);

    assertThat(Contracts.validate(built).problems()).isEmpty();
    assertThat(OfficialSchema.errors(Differential.json(text))).isEmpty();
    assertThat(read.schemaObject("orders").orElseThrow().primaryKey()).extracting(p -> p.name())
        .containsExactly("tenant_id", "order_id");
    assertThat(read.schemaObject("orders").orElseThrow().quality().get(0).threshold())
        .isEqualTo(built.schemaObject("orders").orElseThrow().quality().get(0).threshold());
    assertThat(read.team().orElseThrow().members().get(0).dateIn())
        .isEqualTo(built.team().orElseThrow().members().get(0).dateIn());
    assertThat(Contracts.write(read, format)).isEqualTo(text);
  }
}
