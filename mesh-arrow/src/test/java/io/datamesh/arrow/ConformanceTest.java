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
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.LargeVarCharVector;
import org.apache.arrow.vector.TimeStampMicroTZVector;
import org.apache.arrow.vector.TimeStampSecTZVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.dictionary.Dictionary;
import org.apache.arrow.vector.dictionary.DictionaryEncoder;
import org.apache.arrow.vector.dictionary.DictionaryProvider;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.DictionaryEncoding;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConformanceTest {
  private final BufferAllocator allocator = new RootAllocator();

  @AfterEach
  void no_leak() {
    allocator.close();
  }

  private static Field field(String name, ArrowType t) {
    return new Field(name, FieldType.nullable(t), null);
  }

  private static Schema contract(SchemaProperty... props) {
    var b = SchemaObject.builder("t");
    for (SchemaProperty p : props) {
      b.addProperty(p);
    }
    Contract c = Contract.builder().setId("c").setVersion("1.0.0").addSchemaObject(b.build()).build();
    return ArrowSchemas.of(c, "t");
  }

  @Test
  void a_missing_column_and_an_unassignable_type_are_named_in_one_contract_violation() {
    Schema in = new Schema(List.of(field("id", ArrowType.Utf8.INSTANCE)));
    assertThatThrownBy(() -> Conformance.plan(Tables.ordersSchema(), in, ExtraColumns.REJECT))
        .isInstanceOf(MeshException.class)
        .hasMessageContaining("column 'id' has type Utf8").hasMessageContaining("column 'amount' is missing")
        .hasMessageContaining("column 'note' is missing")
        .extracting(e -> ((MeshException) e).status()).isEqualTo(MeshStatus.CONTRACT_VIOLATION);
  }

  @Test
  void extra_columns_are_rejected_or_dropped_per_the_setting() {
    List<Field> fields = new java.util.ArrayList<>(Tables.ordersSchema().getFields());
    fields.add(field("secret", ArrowType.Utf8.INSTANCE));
    Schema in = new Schema(fields);
    assertThatThrownBy(() -> Conformance.plan(Tables.ordersSchema(), in, ExtraColumns.REJECT))
        .hasMessageContaining("[secret] are not in the contract");
    assertThat(Conformance.plan(Tables.ordersSchema(), in, ExtraColumns.DROP).droppedColumns())
        .containsExactly("secret");
  }

  @Test
  void incoming_nullability_is_ignored_and_the_served_schema_is_the_contracts() {
    Schema in = new Schema(List.of(field("id", new ArrowType.Int(64, true)),
        field("amount", new ArrowType.FloatingPoint(org.apache.arrow.vector.types.FloatingPointPrecision.DOUBLE)),
        field("note", ArrowType.Utf8.INSTANCE)));
    ConformancePlan plan = Conformance.plan(Tables.ordersSchema(), in, ExtraColumns.REJECT);
    assertThat(plan.coercions()).isEmpty();
    assertThat(plan.target().findField("id").isNullable()).isFalse();
  }

  @Test
  void narrower_ints_floats_and_large_strings_are_widened_and_listed() {
    Schema target = contract(SchemaProperty.builder("n", LogicalType.INTEGER).build(),
        SchemaProperty.builder("x", LogicalType.NUMBER).build(),
        SchemaProperty.builder("s", LogicalType.STRING).build());
    Schema in = new Schema(List.of(field("n", new ArrowType.Int(32, true)),
        field("x", new ArrowType.FloatingPoint(org.apache.arrow.vector.types.FloatingPointPrecision.SINGLE)),
        field("s", ArrowType.LargeUtf8.INSTANCE)));
    ConformancePlan plan = Conformance.plan(target, in, ExtraColumns.REJECT);
    assertThat(plan.coercions()).extracting(Coercion::column, Coercion::kind).containsExactly(
        org.assertj.core.groups.Tuple.tuple("n", Coercion.Kind.WIDEN),
        org.assertj.core.groups.Tuple.tuple("x", Coercion.Kind.WIDEN),
        org.assertj.core.groups.Tuple.tuple("s", Coercion.Kind.STRING_WIDTH));
    VectorSchemaRoot root = VectorSchemaRoot.create(in, allocator);
    ((IntVector) root.getVector("n")).setSafe(0, -5);
    ((IntVector) root.getVector("n")).setNull(1);
    ((Float4Vector) root.getVector("x")).setSafe(0, 1.5f);
    ((Float4Vector) root.getVector("x")).setSafe(1, 2.5f);
    ((LargeVarCharVector) root.getVector("s")).setSafe(0, "héllo".getBytes(StandardCharsets.UTF_8));
    ((LargeVarCharVector) root.getVector("s")).setNull(1);
    root.setRowCount(2);
    try (VectorSchemaRoot out = plan.apply(root, null, allocator)) {
      assertThat(((BigIntVector) out.getVector("n")).get(0)).isEqualTo(-5L);
      assertThat(out.getVector("n").isNull(1)).isTrue();
      assertThat(((Float8Vector) out.getVector("x")).get(1)).isEqualTo(2.5);
      assertThat(((VarCharVector) out.getVector("s")).getObject(0).toString()).isEqualTo("héllo");
      assertThat(out.getVector("s").isNull(1)).isTrue();
    }
  }

  @Test
  void narrowing_or_sign_losing_ints_are_not_assignable() {
    Schema target = contract(SchemaProperty.builder("n", LogicalType.INTEGER)
        .setLogicalTypeOptions(LogicalTypeOptions.builder().setFormat("i32").build()).build());
    for (ArrowType t : List.of(new ArrowType.Int(64, true), new ArrowType.Int(32, false))) {
      assertThatThrownBy(() -> Conformance.plan(target, new Schema(List.of(field("n", t))), ExtraColumns.REJECT))
          .hasMessageContaining("column 'n'").hasMessageContaining("not assignable");
    }
  }

  @Test
  void a_dictionary_encoded_column_is_decoded_to_its_value_type() {
    Schema target = contract(SchemaProperty.builder("s", LogicalType.STRING).build());
    DictionaryEncoding enc = new DictionaryEncoding(1L, false, new ArrowType.Int(32, true));
    try (VarCharVector dict = new VarCharVector("d", allocator); VarCharVector raw = new VarCharVector("s", allocator)) {
      dict.allocateNew();
      dict.setSafe(0, "a".getBytes(StandardCharsets.UTF_8));
      dict.setSafe(1, "b".getBytes(StandardCharsets.UTF_8));
      dict.setValueCount(2);
      raw.allocateNew();
      raw.setSafe(0, "b".getBytes(StandardCharsets.UTF_8));
      raw.setSafe(1, "a".getBytes(StandardCharsets.UTF_8));
      raw.setValueCount(2);
      Dictionary dictionary = new Dictionary(dict, enc);
      IntVector idx = (IntVector) DictionaryEncoder.encode(raw, dictionary);
      Field encoded = new Field("s", new FieldType(true, ArrowType.Utf8.INSTANCE, enc), null);
      ConformancePlan plan = Conformance.plan(target, new Schema(List.of(encoded)), ExtraColumns.REJECT);
      assertThat(plan.coercions()).extracting(Coercion::kind).containsExactly(Coercion.Kind.DICTIONARY_DECODE);
      VectorSchemaRoot in = new VectorSchemaRoot(List.of(encoded), List.of(idx), 2);
      DictionaryProvider.MapDictionaryProvider provider = new DictionaryProvider.MapDictionaryProvider(dictionary);
      try (VectorSchemaRoot out = plan.apply(in, provider, allocator)) {
        assertThat(out.getVector("s").getObject(0).toString()).isEqualTo("b");
        assertThat(out.getVector("s").getObject(1).toString()).isEqualTo("a");
      }
    }
  }

  @Test
  void timestamps_convert_units_with_an_overflow_check_and_normalise_zones() {
    Schema target = contract(SchemaProperty.builder("at", LogicalType.TIMESTAMP).build());
    Field secs = field("at", new ArrowType.Timestamp(TimeUnit.SECOND, "Europe/Paris"));
    ConformancePlan plan = Conformance.plan(target, new Schema(List.of(secs)), ExtraColumns.REJECT);
    assertThat(plan.coercions()).extracting(Coercion::kind)
        .containsExactly(Coercion.Kind.TIME_UNIT, Coercion.Kind.TIME_ZONE);
    VectorSchemaRoot in = VectorSchemaRoot.create(new Schema(List.of(secs)), allocator);
    ((TimeStampSecTZVector) in.getVector("at")).setSafe(0, 1_700_000_000L);
    in.setRowCount(1);
    try (VectorSchemaRoot out = plan.apply(in, null, allocator)) {
      assertThat(((TimeStampMicroTZVector) out.getVector("at")).get(0)).isEqualTo(1_700_000_000_000_000L);
    }
    VectorSchemaRoot huge = VectorSchemaRoot.create(new Schema(List.of(secs)), allocator);
    ((TimeStampSecTZVector) huge.getVector("at")).setSafe(0, Long.MAX_VALUE / 10);
    huge.setRowCount(1);
    assertThatThrownBy(() -> plan.apply(huge, null, allocator)).isInstanceOf(MeshException.class)
        .hasMessageContaining("column 'at' row 0").hasMessageContaining("overflows");
  }

  @Test
  void a_zoned_timestamp_is_not_assignable_to_a_zone_less_contract_column() {
    Schema target = contract(SchemaProperty.builder("at", LogicalType.TIMESTAMP)
        .setLogicalTypeOptions(LogicalTypeOptions.builder().setTimezone(false).build()).build());
    Schema in = new Schema(List.of(field("at", new ArrowType.Timestamp(TimeUnit.MICROSECOND, "UTC"))));
    assertThatThrownBy(() -> Conformance.plan(target, in, ExtraColumns.REJECT)).hasMessageContaining("column 'at'");
  }
}
