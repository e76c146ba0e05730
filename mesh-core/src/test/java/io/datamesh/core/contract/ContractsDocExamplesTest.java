package io.datamesh.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.datamesh.api.contract.Contract;
import io.datamesh.api.contract.LogicalType;
import io.datamesh.api.contract.Operator;
import io.datamesh.api.contract.QualityMetric;
import io.datamesh.api.contract.QualityRule;
import io.datamesh.api.contract.SchemaObject;
import io.datamesh.api.contract.SchemaProperty;
import io.datamesh.api.contract.Threshold;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The examples of docs/contracts.md, compiled and run so that the documentation cannot rot. */
class ContractsDocExamplesTest {

  @Test
  void reading() {
    Path path = Fixtures.valid("F2-orders.odcs.yaml");
    // --- docs/contracts.md: Reading
    ContractDocument orders = Contracts.read(path);
    SchemaObject table = orders.schemaObject("orders").orElseThrow();
    for (SchemaProperty column : table.primaryKey()) {
      System.out.println(column.name() + " " + column.logicalType().orElseThrow());
    }
    QualityRule nulls = table.property("customer_email").orElseThrow().quality().get(0);
    boolean ok = nulls.threshold().orElseThrow().test(new BigDecimal("0.4")); // mustBeLessThan 1 (percent)
    orders.warnings().forEach(System.err::println);
    // ---
    assertThat(ok).isTrue();
  }

  @Test
  void validating() {
    String text = "apiVersion: v3.1.0\nkind: DataContract\nid: orders\nversion: 1.0.0\nstatus: draft\n"
        + "schema:\n  - name: orders\n    properties:\n      - {name: id, logicalType: varchar}\n";
    // --- docs/contracts.md: Validating
    ValidationResult result = Contracts.validate(text);
    if (!result.isValid()) {
      System.err.println(result.report());
      // <string>:9:33: ERROR /schema/0/properties/0/logicalType: 'varchar' is not one of string, date, ...
    }
    // ---
    assertThat(result.report()).startsWith("<string>:9:33: ERROR /schema/0/properties/0/logicalType: 'varchar'");
    ContractException e = catchThrowableOfType(ContractException.class, () -> Contracts.read(text));
    assertThat(e.problems()).hasSize(1);
  }

  @Test
  void declaring_and_writing() {
    // --- docs/contracts.md: Declaring a contract in code and writing it
    Contract orders = Contract.builder()
        .setId("orders-contract").setVersion("1.0.0").setName("Orders").setStatus("active")
        .addSchemaObject(SchemaObject.builder("orders")
            .addProperty(SchemaProperty.builder("order_id", LogicalType.STRING)
                .setRequired(true).setPrimaryKeyPosition(1).build())
            .addQualityRule(QualityRule.builder().setMetric(QualityMetric.ROW_COUNT)
                .setThreshold(Threshold.of(Operator.MUST_BE_GREATER_THAN, 0)).build())
            .build())
        .build();
    String yaml = Contracts.write(orders, Format.YAML);
    ValidationResult checked = Contracts.validate(orders);
    // ---
    assertThat(checked.problems()).isEmpty();
    assertThat(yaml).contains("primaryKeyPosition: 1", "mustBeGreaterThan: 0");
    assertThat(Contracts.read(yaml).schemaObject("orders").orElseThrow().primaryKey()).hasSize(1);
  }

  @Test
  void patterns() {
    // --- docs/contracts.md: Patterns
    ContractPattern code = ContractPattern.compile("^[A-Z]{2}-\\d{4}$");
    boolean valid = code.test("FR-2024");            // true
    String re2 = code.translated();                   // the RE2 form actually run
    // ContractPattern.compile("^(?=.*\\d).+$")       // IllegalArgumentException: lookahead ...
    // ---
    assertThat(valid).isTrue();
    assertThat(re2).isEqualTo("^[A-Z]{2}-\\d{4}$");
  }
}
