package io.datamesh.core.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.datamesh.api.contract.LogicalType;
import io.datamesh.api.contract.LogicalTypeOptions;
import io.datamesh.api.contract.SchemaObject;
import io.datamesh.api.contract.SchemaProperty;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A nested property whose checks could not address it (a name with a dot, a path that is also a top-level name) or
 * that claims to be a primary key is reported skipped with the reason: never checked on another column, never a
 * false "missing" failure, never a table-wide key.
 */
class NestedPathGuardsTest {
  private static List<CheckSpec> compile(SchemaObject object) {
    return CheckCompiler.compile(object, List.of(), QualitySettings.defaults()).checks();
  }

  private static SchemaProperty string(String name, boolean required) {
    return SchemaProperty.builder(name, LogicalType.STRING).setRequired(required)
        .setLogicalTypeOptions(LogicalTypeOptions.builder().setMaxLength(5).build()).build();
  }

  @Test
  void a_nested_primary_key_is_not_a_table_wide_key() {
    SchemaObject o = SchemaObject.builder("orders")
        .addProperty(SchemaProperty.builder("id", LogicalType.INTEGER).setPrimaryKey(true).setPrimaryKeyPosition(1)
            .build())
        .addProperty(SchemaProperty.builder("customer", LogicalType.OBJECT)
            .addProperty(SchemaProperty.builder("cid", LogicalType.INTEGER).setPrimaryKey(true).build()).build())
        .build();

    List<CheckSpec> checks = compile(o);

    assertThat(checks).filteredOn(c -> c.column().equals(java.util.Optional.of("customer.cid")))
        .noneMatch(c -> c.source() == CheckSpec.Source.KEY)
        .anySatisfy(c -> {
          assertThat(c.type()).isEqualTo("field_primary_key");
          assertThat(c.source()).isEqualTo(CheckSpec.Source.SKIPPED);
          assertThat(c.problem()).hasValueSatisfying(p -> assertThat(p).contains("top-level"));
        });
    assertThat(checks).filteredOn(c -> c.column().equals(java.util.Optional.of("id")))
        .anyMatch(c -> c.source() == CheckSpec.Source.KEY);
  }

  @Test
  void a_nested_path_that_is_also_a_top_level_name_is_skipped_and_the_top_level_column_keeps_its_checks() {
    SchemaObject o = SchemaObject.builder("orders")
        .addProperty(string("address.zip", false))
        .addProperty(SchemaProperty.builder("address", LogicalType.OBJECT).addProperty(string("zip", true)).build())
        .build();

    List<CheckSpec> checks = compile(o);

    List<CheckSpec> path = checks.stream().filter(c -> c.column().equals(java.util.Optional.of("address.zip")))
        .toList();
    assertThat(path).filteredOn(c -> c.source() == CheckSpec.Source.SKIPPED).isNotEmpty()
        .allSatisfy(c -> assertThat(c.problem()).hasValueSatisfying(p ->
            assertThat(p).contains("also the name of a top-level property")));
    assertThat(path).filteredOn(c -> c.type().equals("field_required")).as("the nested required")
        .allMatch(c -> c.source() == CheckSpec.Source.SKIPPED);
    assertThat(path).filteredOn(c -> c.type().equals("field_is_present")).as("the top-level column's own check")
        .anyMatch(c -> c.source() == CheckSpec.Source.PRESENCE);
  }

  @Test
  void a_nested_name_with_a_dot_is_skipped_rather_than_reported_missing() {
    SchemaObject o = SchemaObject.builder("orders")
        .addProperty(SchemaProperty.builder("location", LogicalType.OBJECT).addProperty(string("geo.lat", true))
            .build())
        .build();

    List<CheckSpec> checks = compile(o);

    assertThat(checks).filteredOn(c -> c.column().equals(java.util.Optional.of("location.geo.lat"))).isNotEmpty()
        .allSatisfy(c -> {
          assertThat(c.source()).isEqualTo(CheckSpec.Source.SKIPPED);
          assertThat(c.problem()).hasValueSatisfying(p -> assertThat(p).contains("contains '.'"));
        });
  }
}
