package io.datamesh.arrow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import io.datamesh.api.contract.Contract;
import io.datamesh.api.contract.LogicalType;
import io.datamesh.api.contract.LogicalTypeOptions;
import io.datamesh.api.contract.SchemaObject;
import io.datamesh.api.contract.SchemaProperty;
import java.math.BigDecimal;
import java.util.List;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.Test;

class ArrowSchemasTest {
  private static ArrowType typeOf(SchemaProperty p) {
    return ArrowSchemas.field(p).getType();
  }

  private static SchemaProperty prop(LogicalType t, LogicalTypeOptions o) {
    return SchemaProperty.builder("c", t).setLogicalTypeOptions(o).build();
  }

  private static LogicalTypeOptions format(String f) {
    return LogicalTypeOptions.builder().setFormat(f).build();
  }

  @Test
  void integer_formats_map_to_arrow_ints_and_a_bare_integer_to_int64() {
    assertThat(typeOf(prop(LogicalType.INTEGER, format("i8")))).isEqualTo(new ArrowType.Int(8, true));
    assertThat(typeOf(prop(LogicalType.INTEGER, format("u16")))).isEqualTo(new ArrowType.Int(16, false));
    assertThat(typeOf(prop(LogicalType.INTEGER, format("i32")))).isEqualTo(new ArrowType.Int(32, true));
    assertThat(typeOf(prop(LogicalType.INTEGER, format("u64")))).isEqualTo(new ArrowType.Int(64, false));
    assertThat(typeOf(prop(LogicalType.INTEGER, LogicalTypeOptions.empty()))).isEqualTo(new ArrowType.Int(64, true));
    assertThat(typeOf(prop(LogicalType.INTEGER, format("i128")))).isEqualTo(new ArrowType.Decimal(38, 0, 128));
    assertThat(typeOf(prop(LogicalType.INTEGER, format("u128")))).isEqualTo(new ArrowType.Decimal(38, 0, 128));
  }

  @Test
  void numbers_map_to_floats_or_to_the_decimal_their_physical_type_names() {
    assertThat(typeOf(prop(LogicalType.NUMBER, format("f32"))))
        .isEqualTo(new ArrowType.FloatingPoint(FloatingPointPrecision.SINGLE));
    assertThat(typeOf(prop(LogicalType.NUMBER, format("f64"))))
        .isEqualTo(new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE));
    SchemaProperty money = SchemaProperty.builder("m", LogicalType.NUMBER).setPhysicalType("decimal(12, 2)").build();
    assertThat(typeOf(money)).isEqualTo(new ArrowType.Decimal(12, 2, 128));
    SchemaProperty wide = SchemaProperty.builder("w", LogicalType.NUMBER).setPhysicalType("NUMERIC(50,4)").build();
    assertThat(typeOf(wide)).isEqualTo(new ArrowType.Decimal(50, 4, 256));
  }

  @Test
  void strings_dates_times_booleans_and_timestamps_map_by_the_table() {
    assertThat(typeOf(prop(LogicalType.STRING, LogicalTypeOptions.empty()))).isEqualTo(ArrowType.Utf8.INSTANCE);
    assertThat(typeOf(prop(LogicalType.DATE, LogicalTypeOptions.empty()))).isEqualTo(new ArrowType.Date(DateUnit.DAY));
    assertThat(typeOf(prop(LogicalType.TIME, LogicalTypeOptions.empty())))
        .isEqualTo(new ArrowType.Time(TimeUnit.MICROSECOND, 64));
    assertThat(typeOf(prop(LogicalType.BOOLEAN, LogicalTypeOptions.empty()))).isEqualTo(ArrowType.Bool.INSTANCE);
    assertThat(typeOf(prop(LogicalType.TIMESTAMP, LogicalTypeOptions.empty())))
        .isEqualTo(new ArrowType.Timestamp(TimeUnit.MICROSECOND, "UTC"));
    assertThat(typeOf(prop(LogicalType.TIMESTAMP, LogicalTypeOptions.builder().setTimezone(true)
        .setDefaultTimezone("Europe/Paris").build())))
        .isEqualTo(new ArrowType.Timestamp(TimeUnit.MICROSECOND, "Europe/Paris"));
    assertThat(typeOf(prop(LogicalType.TIMESTAMP, LogicalTypeOptions.builder().setTimezone(false).build())))
        .isEqualTo(new ArrowType.Timestamp(TimeUnit.MICROSECOND, null));
  }

  @Test
  void objects_become_structs_arrays_lists_and_required_fields_are_not_nullable() {
    SchemaProperty address = SchemaProperty.builder("address", LogicalType.OBJECT)
        .addProperty(SchemaProperty.builder("city", LogicalType.STRING).setRequired(true).build())
        .build();
    SchemaProperty tags = SchemaProperty.builder("tags", LogicalType.ARRAY)
        .setItems(SchemaProperty.itemsBuilder(LogicalType.STRING).build()).setRequired(true).build();
    Field a = ArrowSchemas.field(address);
    Field t = ArrowSchemas.field(tags);
    assertThat(a.getType()).isEqualTo(ArrowType.Struct.INSTANCE);
    assertThat(a.isNullable()).isTrue();
    assertThat(a.getChildren().get(0).getName()).isEqualTo("city");
    assertThat(a.getChildren().get(0).isNullable()).isFalse();
    assertThat(t.getType()).isEqualTo(ArrowType.List.INSTANCE);
    assertThat(t.isNullable()).isFalse();
    assertThat(t.getChildren().get(0).getType()).isEqualTo(ArrowType.Utf8.INSTANCE);
  }

  @Test
  void field_metadata_carries_description_classification_key_position_and_remaining_options() {
    SchemaProperty p = SchemaProperty.builder("email", LogicalType.STRING).setDescription("where we write")
        .setClassification("restricted").setPrimaryKeyPosition(2).setUnique(true).addTag("pii")
        .setLogicalTypeOptions(LogicalTypeOptions.builder().setFormat("email").setMaxLength(254)
            .setPattern("^.+@.+$").build())
        .build();
    Field f = ArrowSchemas.field(p);
    assertThat(f.getMetadata()).containsEntry("odcs.description", "where we write")
        .containsEntry("odcs.classification", "restricted").containsEntry("odcs.primaryKeyPosition", "2")
        .containsEntry("odcs.option.maxLength", "254").containsEntry("odcs.option.pattern", "^.+@.+$");
    SchemaProperty back = ArrowSchemas.toProperty(f);
    assertThat(back.description()).contains("where we write");
    assertThat(back.classification()).contains("restricted");
    assertThat(back.primaryKeyPosition()).hasValue(2);
    assertThat(back.unique()).isTrue();
    assertThat(back.tags()).containsExactly("pii");
    assertThat(back.logicalTypeOptions().asMap()).isEqualTo(p.logicalTypeOptions().asMap());
  }

  @Test
  void numeric_bounds_and_multiples_survive_as_numbers() {
    SchemaProperty p = SchemaProperty.builder("qty", LogicalType.INTEGER).setLogicalTypeOptions(LogicalTypeOptions
        .builder().setFormat("i32").setMinimum(0).setExclusiveMaximum(new BigDecimal("1e6")).setMultipleOf(5)
        .build()).build();
    SchemaProperty back = ArrowSchemas.toProperty(ArrowSchemas.field(p));
    assertThat(back.logicalTypeOptions().asMap()).isEqualTo(p.logicalTypeOptions().asMap());
  }

  @Test
  void a_contract_is_drafted_from_plain_arrow_data() {
    Schema s = new Schema(List.of(
        new Field("id", FieldType.notNullable(new ArrowType.Int(32, true)), null),
        new Field("price", FieldType.nullable(new ArrowType.Decimal(10, 2, 128)), null),
        new Field("at", FieldType.nullable(new ArrowType.Timestamp(TimeUnit.MILLISECOND, "Europe/Paris")), null)));
    Contract c = ArrowSchemas.draftContract("drafted", "events", s);
    SchemaObject o = c.schemaObject("events").orElseThrow();
    assertThat(o.property("id").orElseThrow().logicalType()).contains(LogicalType.INTEGER);
    assertThat(o.property("id").orElseThrow().logicalTypeOptions().format()).contains("i32");
    assertThat(o.property("id").orElseThrow().required()).isTrue();
    assertThat(o.property("price").orElseThrow().physicalType()).contains("DECIMAL(10,2)");
    assertThat(o.property("at").orElseThrow().logicalTypeOptions().defaultTimezone()).contains("Europe/Paris");
    assertThat(ArrowSchemas.of(c, "events").findField("price").getType()).isEqualTo(new ArrowType.Decimal(10, 2, 128));
  }

  @Test
  void unknown_objects_and_untyped_properties_fail_with_a_clear_message() {
    assertThatThrownBy(() -> ArrowSchemas.of(Tables.orders(), "nope")).isInstanceOf(MeshException.class)
        .hasMessageContaining("no schema object 'nope'").hasMessageContaining("[orders]")
        .extracting(e -> ((MeshException) e).status()).isEqualTo(MeshStatus.NOT_FOUND);
    Schema union = new Schema(List.of(new Field("u", FieldType.nullable(ArrowType.Null.INSTANCE), null)));
    assertThatThrownBy(() -> ArrowSchemas.toSchemaObject("x", union)).hasMessageContaining("column 'u'");
  }
}
