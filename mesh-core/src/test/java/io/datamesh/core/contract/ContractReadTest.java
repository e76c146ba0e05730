package io.datamesh.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import io.datamesh.api.contract.LogicalType;
import io.datamesh.api.contract.Operator;
import io.datamesh.api.contract.QualityMetric;
import io.datamesh.api.contract.QualityRule;
import io.datamesh.api.contract.QualityUnit;
import io.datamesh.api.contract.SchemaObject;
import io.datamesh.api.contract.SchemaProperty;
import io.datamesh.api.contract.Threshold;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ContractReadTest {

  @Test
  void the_orders_contract_reads_into_the_model_the_runtime_executes() {
    ContractDocument c = Contracts.read(Fixtures.valid("F2-orders.odcs.yaml"));

    assertThat(c.id()).isEqualTo("orders-contract");
    assertThat(c.version()).isEqualTo("1.2.0");
    assertThat(c.description().limitations()).contains("No PII beyond customer_email.");
    SchemaObject orders = c.schemaObject("orders").orElseThrow();
    assertThat(orders.primaryKey()).extracting(SchemaProperty::name).containsExactly("order_id");
    SchemaProperty email = orders.property("customer_email").orElseThrow();
    assertThat(email.logicalType()).contains(LogicalType.STRING);
    assertThat(email.classification()).contains("restricted");
    assertThat(email.logicalTypeOptions().format()).contains("email");
    assertThat(email.logicalTypeOptions().maxLength()).hasValue(254);
    QualityRule nulls = email.quality().get(0);
    assertThat(nulls.metric()).contains(QualityMetric.NULL_VALUES);
    assertThat(nulls.unit()).isEqualTo(QualityUnit.PERCENT);
    assertThat(nulls.threshold()).contains(Threshold.of(Operator.MUST_BE_LESS_THAN, 1));
    assertThat(orders.property("status").orElseThrow().quality().get(0).validValues())
        .containsExactly("pending", "shipped", "cancelled");
    assertThat(orders.quality().get(1).argumentProperties()).containsExactly("tenant_id", "order_id");
    assertThat(orders.property("amount").orElseThrow().quality().get(0).query())
        .contains("SELECT COUNT(*) FROM {object} WHERE {property} < 0");
    assertThat(orders.property("created_at").orElseThrow().logicalTypeOptions().defaultTimezone()).contains("UTC");
    assertThat(c.servers()).extracting(s -> s.attribute("port").orElse("-"))
        .containsExactly("-", new BigDecimal(5432));
    assertThat(c.slaProperties().get(0).elements()).containsExactly("orders.created_at");
    assertThat(c.team().orElseThrow().members().get(0).username()).isEqualTo("alice@example.com");
    assertThat(c.roles().get(0).access()).contains("read");
    assertThat(c.warnings()).isEmpty();
  }

  static java.util.List<Path> fixtures() {
    return Fixtures.allValid();
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void every_official_example_reads_without_error(Path fixture) {
    ContractDocument c = Contracts.read(fixture);

    assertThat(c.id()).isNotEmpty();
    assertThat(c.origin()).isEqualTo(fixture.getFileName().toString());
  }

  @Test
  void nested_objects_arrays_and_custom_properties_are_exposed_as_plain_values() {
    ContractDocument c = Contracts.read(Fixtures.valid("schema__all-schema-types.odcs.yaml"));
    SchemaProperty x = c.schemaObject("AnotherObject").orElseThrow().property("x").orElseThrow();

    assertThat(x.logicalType()).contains(LogicalType.ARRAY);
    assertThat(x.items().orElseThrow().properties()).extracting(SchemaProperty::name).containsExactly("id", "zip");

    ContractDocument full = Contracts.read(Fixtures.valid("all__full-example.odcs.yaml"));
    assertThat(full.customProperties()).extracting(p -> p.value().orElse(null))
        .containsExactly("gcsc.ruleset.name", "property.value", java.util.List.of("cluster name"));
    assertThat(full.schemaObject("tbl").orElseThrow().relationships().get(0).to())
        .containsExactly("receivers.id", "receivers.country_code");
  }

  @Test
  void a_class_path_resource_reads_and_its_problems_name_the_file_and_line() throws Exception {
    ContractDocument c = Contracts.read(Fixtures.valid("F2-orders.odcs.yaml").toUri().toURL());
    assertThat(c.id()).isEqualTo("orders-contract");

    ContractException bad = catchThrowableOfType(ContractException.class,
        () -> Contracts.read(Fixtures.invalid("F3-bad-enums.odcs.yaml").toUri().toURL()));
    assertThat(bad.getMessage()).startsWith("F3-bad-enums.odcs.yaml:");

    MeshException missing = catchThrowableOfType(MeshException.class,
        () -> Contracts.read(ContractReadTest.class.getResource("/contracts/no-such.odcs.yaml")));
    assertThat(missing.status()).isEqualTo(MeshStatus.NOT_FOUND);
    assertThat(missing.getMessage()).contains("leading '/'");
  }
}
