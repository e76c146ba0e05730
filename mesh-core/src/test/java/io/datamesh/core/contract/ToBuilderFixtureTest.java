package io.datamesh.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datamesh.api.contract.AuthoritativeDefinition;
import io.datamesh.api.contract.Contract;
import io.datamesh.api.contract.ContractDescription;
import io.datamesh.api.contract.CustomProperty;
import io.datamesh.api.contract.LogicalTypeOptions;
import io.datamesh.api.contract.QualityRule;
import io.datamesh.api.contract.Relationship;
import io.datamesh.api.contract.Role;
import io.datamesh.api.contract.SchemaObject;
import io.datamesh.api.contract.SchemaProperty;
import io.datamesh.api.contract.Server;
import io.datamesh.api.contract.SlaProperty;
import io.datamesh.api.contract.Team;
import io.datamesh.api.contract.TeamMember;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code toBuilder()} over every ODCS fixture: the copy built from a contract that was read answers every accessor,
 * at any depth, as the contract does. The oracle is reflective, so an accessor added later is compared too.
 */
class ToBuilderFixtureTest {
  /** The api types compared accessor by accessor; any other value is compared with equals. */
  private static final List<Class<?>> API_TYPES = List.of(Contract.class, ContractDescription.class,
      SchemaObject.class, SchemaProperty.class, QualityRule.class, LogicalTypeOptions.class, Server.class,
      SlaProperty.class, Team.class, TeamMember.class, Role.class, Relationship.class, CustomProperty.class,
      AuthoritativeDefinition.class);

  static List<Path> fixtures() {
    return Fixtures.allValid();
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void a_contract_read_from_a_fixture_copies_through_its_builder_without_losing_a_part(Path fixture) {
    ContractDocument read = Contracts.read(fixture);

    Contract copy = read.toBuilder().build();

    assertThat(parts(copy)).isEqualTo(parts(read));
    assertThat(copy.toBuilder().build()).isEqualTo(copy);
    assertThat(Contracts.validate(copy).errors()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void every_schema_object_and_property_of_a_fixture_copies_through_its_builder(Path fixture) {
    for (SchemaObject o : Contracts.read(fixture).schema()) {
      assertThat(parts(o.toBuilder().build())).isEqualTo(parts(o));
      for (SchemaProperty p : o.properties()) {
        assertThat(parts(p.toBuilder().build())).as(o.name() + "." + p.name()).isEqualTo(parts(p));
      }
    }
  }

  @Test
  void the_oracle_sees_a_change_deep_inside_a_copy() {
    ContractDocument read = Contracts.read(Fixtures.valid("F2-orders.odcs.yaml"));
    SchemaObject orders = read.schema().get(0);
    SchemaProperty first = orders.properties().get(0);

    Contract changed = read.toBuilder().replaceSchemaObject(orders.name(), orders.toBuilder()
        .replaceProperty(first.name(), first.toBuilder().setClassification("secret-x").build()).build()).build();

    assertThat(parts(changed)).isNotEqualTo(parts(read));
    assertThat(changed.schema().get(0).properties().get(0).classification()).contains("secret-x");
    assertThat(read.schema().get(0).properties().get(0).classification()).isNotEqualTo(Optional.of("secret-x"));
  }

  @Test
  void a_variant_can_rename_a_property_in_place_and_a_missing_name_is_named_in_the_error() {
    ContractDocument read = Contracts.read(Fixtures.valid("F2-orders.odcs.yaml"));
    SchemaObject orders = read.schema().get(0);
    String name = orders.properties().get(1).name();

    SchemaObject renamed = orders.toBuilder()
        .replaceProperty(name, orders.properties().get(1).toBuilder().setName("renamed").build()).build();

    assertThat(renamed.properties().get(1).name()).isEqualTo("renamed");
    assertThat(renamed.properties()).hasSameSizeAs(orders.properties());
    assertThatThrownBy(() -> read.toBuilder().replaceSchemaObject("nope", orders))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'nope'")
        .hasMessageContaining(orders.name());
  }

  /** Returns every accessor's answer, api values replaced by their own parts, so that two views compare. */
  static Object parts(Object value) {
    if (value instanceof Optional<?> o) {
      return o.map(ToBuilderFixtureTest::parts);
    }
    if (value instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      l.forEach(v -> out.add(v == null ? "<null>" : parts(v)));
      return out;
    }
    for (Class<?> type : API_TYPES) {
      if (type.isInstance(value)) {
        return accessors(type, value);
      }
    }
    return value;
  }

  private static Map<String, Object> accessors(Class<?> type, Object value) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("<type>", type.getSimpleName());
    for (Method m : type.getMethods()) {
      if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()) && !m.getName().equals("toBuilder")
          && m.getDeclaringClass() != Object.class) {
        try {
          Object v = m.invoke(value);
          out.put(m.getName(), v == null ? "<null>" : parts(v));
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw new AssertionError(type.getSimpleName() + "." + m.getName(), e);
        }
      }
    }
    return out;
  }
}
