package io.datamesh.core.governance;

import static org.assertj.core.api.Assertions.assertThat;

import io.datamesh.api.DataProduct;
import io.datamesh.api.InputPort;
import io.datamesh.api.OutputPort;
import io.datamesh.api.contract.LogicalType;
import io.datamesh.api.contract.SchemaProperty;
import io.datamesh.api.policy.PolicyTrigger;
import org.junit.jupiter.api.Test;

class PolicyLanguageTest {
  private static final String FIELDS = "/interfaceComponents/outputPorts/*/promises/api/definition/schema/*/**/properties/*";

  /** Evaluates one YAML rule as policy 't.rule' and returns the failing subjects. */
  private static java.util.List<String> failing(String rule, DataProduct p) {
    String yaml = "name: t\nversion: 1.0.0\npolicies:\n  - id: t.rule\n    description: test rule\n"
        + "    fix: fix it\n    rule:\n" + rule.indent(6);
    GovernanceReport r = Governance.evaluate(p, PolicySet.parse(yaml, "t.yaml"), PolicyTrigger.BUILD);
    assertThat(r.results()).isNotEmpty();
    return Fixtures.failedSubjects(r, "t.rule");
  }

  private static DataProduct nested() {
    SchemaProperty city = SchemaProperty.builder("city", LogicalType.STRING).build();
    SchemaProperty address = SchemaProperty.builder("address", LogicalType.OBJECT).setDescription("where")
        .addProperty(city).build();
    SchemaProperty lines = SchemaProperty.builder("lines", LogicalType.ARRAY).setDescription("lines")
        .setItems(SchemaProperty.itemsBuilder(LogicalType.OBJECT)
            .addProperty(SchemaProperty.builder("sku", LogicalType.STRING).build()).build()).build();
    return Fixtures.withFields("1.0.0", Fixtures.field("order_id", "internal"), address, lines);
  }

  @Test
  void a_deep_wildcard_reaches_nested_properties_and_array_items_and_names_each_failing_field() {
    String base = Fixtures.URN + "#/interfaceComponents/outputPorts/0/promises/api/definition/schema/0/properties/";
    assertThat(failing("all:\n  select: " + FIELDS + "\n  require: {exists: description}", nested()))
        .containsExactlyInAnyOrder(base + "1/properties/0", base + "2/items/properties/0");
  }

  @Test
  void exists_equals_and_matches_pass_and_fail_on_the_value_at_the_path() {
    DataProduct p = Fixtures.compliant();
    assertThat(failing("exists: /info/owner/id", p)).isEmpty();
    assertThat(failing("exists: /info/owner/missing", p)).containsExactly(Fixtures.URN);
    assertThat(failing("equals: {path: /info/domain, value: sales}", p)).isEmpty();
    assertThat(failing("equals: {path: /info/domain, value: hr}", p)).containsExactly(Fixtures.URN);
    assertThat(failing("matches: {path: /info/name, pattern: 'ord.*'}", p)).isEmpty();
    assertThat(failing("matches: {path: /info/name, pattern: 'rd'}", p)).as("whole-value match")
        .containsExactly(Fixtures.URN);
  }

  @Test
  void in_accepts_a_list_or_the_mesh_taxonomy() {
    DataProduct p = Fixtures.compliant();
    assertThat(failing("in: {path: /info/x-status, values: [active, deprecated]}", p)).isEmpty();
    assertThat(failing("in: {path: /info/x-status, values: [retired]}", p)).hasSize(1);
    String f = "all:\n  select: " + FIELDS + "\n  require: {in: {path: classification, values: $taxonomy}}";
    assertThat(failing(f, p)).isEmpty();
    assertThat(failing(f, Fixtures.withFields("1.0.0", Fixtures.field("a", "secret")))).hasSize(1);
  }

  @Test
  void count_min_and_max_bound_the_number_of_nodes_and_numeric_values() {
    DataProduct p = Fixtures.product("orders", "1.0.0", "sales")
        .addOutputPort(OutputPort.builder("orders").setContract(Fixtures.contract("orders", "1.0.0").build()))
        .addInputPort(InputPort.builder("raw").fromPort("urn:dpds:com.example:dataproducts:raw:3:outputports:raw"))
        .build();
    assertThat(failing("count: {select: /interfaceComponents/outputPorts/*, min: 1, max: 1}", p)).isEmpty();
    assertThat(failing("count: {select: /interfaceComponents/outputPorts/*, min: 2}", p)).hasSize(1);
    assertThat(failing("count: {select: /interfaceComponents/inputPorts/*, max: 0}", p)).hasSize(1);
    assertThat(failing("min: {path: /interfaceComponents/inputPorts/0/x-acceptedMajor, value: 3}", p)).isEmpty();
    assertThat(failing("min: {path: /interfaceComponents/inputPorts/0/x-acceptedMajor, value: 4}", p)).hasSize(1);
    assertThat(failing("max: {path: /interfaceComponents/inputPorts/0/x-acceptedMajor, value: 2.5}", p)).hasSize(1);
  }

  @Test
  void all_any_and_not_combine_rules() {
    DataProduct p = Fixtures.compliant();
    assertThat(failing("all: [{exists: /info/name}, {exists: /nope}]", p)).hasSize(1);
    assertThat(failing("any: [{exists: /nope}, {exists: /info/name}]", p)).isEmpty();
    assertThat(failing("any: [{exists: /nope}, {exists: /nada}]", p)).hasSize(1);
    assertThat(failing("not: {exists: /info/name}", p)).hasSize(1);
    assertThat(failing("not: {exists: /nope}", p)).isEmpty();
  }

  @Test
  void any_over_a_selection_needs_one_match_and_where_filters_the_candidates() {
    DataProduct p = Fixtures.withFields("1.0.0", Fixtures.field("order_id", "internal"),
        Fixtures.field("email", "restricted"));
    String anyRestricted = "any:\n  select: " + FIELDS + "\n  require: {equals: {path: classification, value: restricted}}";
    assertThat(failing(anyRestricted, p)).isEmpty();
    String emailsRestricted = "all:\n  select: " + FIELDS + "\n  where: {matches: {path: name, pattern: 'order.*'}}\n"
        + "  require: {equals: {path: classification, value: restricted}}";
    assertThat(failing(emailsRestricted, p)).hasSize(1).allMatch(s -> s.endsWith("/properties/0"));
  }

  @Test
  void json_pointer_escapes_select_keys_with_slashes_and_tildes() {
    DataProduct p = Fixtures.product("orders", "1.0.0", "sales").putExtension("a/b~c", "x")
        .addOutputPort(OutputPort.builder("orders").setContract(Fixtures.contract("orders", "1.0.0").build())).build();
    assertThat(failing("equals: {path: /x-extensions/a~1b~0c, value: x}", p)).isEmpty();
  }
}
