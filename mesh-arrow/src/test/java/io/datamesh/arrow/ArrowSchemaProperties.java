package io.datamesh.arrow;

import static org.assertj.core.api.Assertions.assertThat;

import io.datamesh.api.contract.LogicalType;
import io.datamesh.api.contract.LogicalTypeOptions;
import io.datamesh.api.contract.SchemaProperty;
import io.datamesh.api.contract.SchemaPropertyBuilder;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ArrowSchemaProperties {
  private static final List<String> INTEGER_FORMATS =
      List.of("i8", "i16", "i32", "i64", "i128", "u8", "u16", "u32", "u64", "u128");

  @Property(tries = 300)
  void logical_type_format_and_required_survive_contract_to_arrow_to_contract(@ForAll("properties") SchemaProperty p) {
    SchemaProperty back = ArrowSchemas.toProperty(ArrowSchemas.field(p));
    assertSame(p, back);
  }

  private static void assertSame(SchemaProperty a, SchemaProperty b) {
    assertThat(b.name()).isEqualTo(a.name());
    assertThat(b.logicalType()).isEqualTo(a.logicalType());
    assertThat(b.logicalTypeOptions().format()).isEqualTo(a.logicalTypeOptions().format());
    assertThat(b.required()).isEqualTo(a.required());
    assertThat(b.properties()).hasSameSizeAs(a.properties());
    for (int i = 0; i < a.properties().size(); i++) {
      assertSame(a.properties().get(i), b.properties().get(i));
    }
    assertThat(b.items().isPresent()).isEqualTo(a.items().isPresent());
    a.items().ifPresent(items -> assertSame(items, b.items().orElseThrow()));
  }

  @Provide
  Arbitrary<SchemaProperty> properties() {
    return property(3, false);
  }

  private Arbitrary<SchemaProperty> property(int depth, boolean isItems) {
    Arbitrary<LogicalType> types = depth == 0
        ? Arbitraries.of(LogicalType.values()).filter(t -> t != LogicalType.OBJECT && t != LogicalType.ARRAY)
        : Arbitraries.of(LogicalType.values());
    return types.flatMap(t -> Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8).flatMap(name ->
        Arbitraries.of(true, false).flatMap(required -> body(t, depth)
            .map(b -> finish(isItems ? SchemaProperty.itemsBuilder(t) : SchemaProperty.builder(name, t), b,
                required)))));
  }

  /** The type-specific part: a format, nested properties or items. */
  private record Body(Optional<String> format, List<SchemaProperty> children, Optional<SchemaProperty> items) {}

  private Arbitrary<Body> body(LogicalType t, int depth) {
    switch (t) {
      case INTEGER:
        return Arbitraries.of(INTEGER_FORMATS).injectNull(0.2)
            .map(f -> new Body(Optional.ofNullable(f), List.of(), Optional.empty()));
      case NUMBER:
        return Arbitraries.of("f32", "f64").injectNull(0.2)
            .map(f -> new Body(Optional.ofNullable(f), List.of(), Optional.empty()));
      case STRING:
        return Arbitraries.of("email", "uuid").injectNull(0.5)
            .map(f -> new Body(Optional.ofNullable(f), List.of(), Optional.empty()));
      case OBJECT:
        return property(depth - 1, false).list().ofMinSize(1).ofMaxSize(3).uniqueElements(SchemaProperty::name)
            .map(c -> new Body(Optional.empty(), c, Optional.empty()));
      case ARRAY:
        return property(depth - 1, true).map(i -> new Body(Optional.empty(), List.of(), Optional.of(i)));
      default:
        return Arbitraries.just(new Body(Optional.empty(), List.of(), Optional.empty()));
    }
  }

  private static SchemaProperty finish(SchemaPropertyBuilder b, Body body, boolean required) {
    body.format().ifPresent(f -> b.setLogicalTypeOptions(LogicalTypeOptions.builder().setFormat(f).build()));
    body.children().forEach(b::addProperty);
    body.items().ifPresent(b::setItems);
    return b.setRequired(required).build();
  }
}
