package io.datamesh.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.datamesh.api.DataProduct;
import io.datamesh.api.Domain;
import io.datamesh.api.DomainKind;
import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import io.datamesh.api.OutputPort;
import io.datamesh.api.Owner;
import io.datamesh.api.PortAddress;
import io.datamesh.api.contract.Contract;
import io.datamesh.api.contract.CustomProperty;
import io.datamesh.api.contract.LogicalType;
import io.datamesh.api.contract.LogicalTypeOptions;
import io.datamesh.api.contract.SchemaObject;
import io.datamesh.api.contract.SchemaProperty;
import io.datamesh.api.read.Expression;
import io.datamesh.api.read.Principal;
import io.datamesh.api.read.ReadRequest;
import io.datamesh.arrow.ArrowSchemas;
import io.datamesh.arrow.mask.Mask;
import io.datamesh.arrow.mask.MaskMethod;
import io.datamesh.arrow.mask.SecretProvider;
import io.datamesh.core.Mesh;
import io.datamesh.core.governance.AccessPolicies;
import io.datamesh.core.governance.AccessPoliciesBuilder;
import io.datamesh.core.governance.Grant;
import io.datamesh.core.governance.MaskingRule;
import io.datamesh.core.governance.PrincipalMatch;
import io.datamesh.core.governance.RowFilterRule;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Discovery serves each principal the contract its reads keep: the consumer view of masks and row filters. */
class ConsumerViewContractTest {
  private static final PortAddress PORT =
      PortAddress.parse("urn:dpds:com.example:dataproducts:customers:1:outputports:customers");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final RootAllocator leakCheck = new RootAllocator();
  private final Mesh mesh = Mesh.builder().setAllocator(leakCheck).setAccessPolicies(policies()).build();

  @AfterEach
  void close() {
    mesh.close();
    assertThat(leakCheck.getAllocatedMemory()).isZero();
    leakCheck.close();
  }

  static Contract contract() {
    SchemaObject o = SchemaObject.builder("customers")
        .addProperty(SchemaProperty.builder("id", LogicalType.INTEGER).setRequired(true).build())
        .addProperty(SchemaProperty.builder("email", LogicalType.STRING).setRequired(true)
            .setClassification("restricted").addExample("ann@example.com")
            .setUnique(true).setPrimaryKey(true).setPrimaryKeyPosition(1)
            .setLogicalTypeOptions(LogicalTypeOptions.builder().setMaxLength(200).build()).build())
        .addProperty(SchemaProperty.builder("score", LogicalType.INTEGER).setClassification("confidential")
            .setLogicalTypeOptions(LogicalTypeOptions.builder().setMinimum(0).build()).build())
        .addProperty(SchemaProperty.builder("region", LogicalType.STRING).build())
        .build();
    return Contract.builder().setId("customers").setVersion("1.0.0").addSchemaObject(o).build();
  }

  private static AccessPolicies policies() {
    AccessPoliciesBuilder b = AccessPolicies.builder()
        .addGrant(Grant.of("grant.team", PrincipalMatch.attribute("team", "ok"), PORT))
        .addRowFilter(RowFilterRule.of("rows.own-region", PORT, PrincipalMatch.attribute("scoped", "yes"),
            Expression.column("region").eq(Expression.principal("region"))))
        .setSecrets(SecretProvider.of(Map.of("k1", "a-32-byte-secret-for-the-tests!!".getBytes(
            StandardCharsets.UTF_8))));
    for (MaskMethod m : MaskMethod.values()) {
      for (String level : List.of("restricted", "confidential")) {
        b.addMaskingRule(MaskingRule.of("mask." + level + "-" + m.label(), level,
            PrincipalMatch.attribute("mask", m.label()), m, m == MaskMethod.PARTIAL ? 2 : 0,
            m == MaskMethod.HASH ? "k1" : ""));
      }
    }
    return b.build();
  }

  private void start() {
    DataProduct p = DataProduct.builder().setNamespace("com.example").setName("customers").setVersion("1.0.0")
        .setDomain(Domain.of("sales", DomainKind.SOURCE_ALIGNED)).setOwner(Owner.of("crm@example.com"))
        .addOutputPort(OutputPort.builder("customers").setContract(contract())).build();
    mesh.register(p);
    VectorSchemaRoot b = VectorSchemaRoot.create(ArrowSchemas.of(contract(), "customers"), mesh.allocator());
    b.allocateNew();
    String[] regions = {"EU", "US", "EU"};
    for (int i = 0; i < 3; i++) {
      ((BigIntVector) b.getVector("id")).setSafe(i, i);
      ((VarCharVector) b.getVector("email")).setSafe(i, ("u" + i + "@example.com").getBytes(StandardCharsets.UTF_8));
      ((BigIntVector) b.getVector("score")).setSafe(i, 10 + i);
      ((VarCharVector) b.getVector("region")).setSafe(i, regions[i].getBytes(StandardCharsets.UTF_8));
    }
    b.setRowCount(3);
    mesh.publish(PORT, b);
  }

  private static Optional<Object> custom(List<CustomProperty> list, String property) {
    return list.stream().filter(c -> c.property().equals(property)).findFirst().flatMap(CustomProperty::value);
  }

  @ParameterizedTest
  @EnumSource(MaskMethod.class)
  void the_consumer_view_matches_the_arrow_schema_the_principal_reads(MaskMethod method) throws Exception {
    start();
    Principal p = Principal.builder("p-" + method.label()).putAttribute("team", "ok")
        .putAttribute("mask", method.label()).build();

    Contract view = mesh.contract(PORT, p).orElseThrow();

    Schema read;
    try (ArrowReader r = mesh.read(ReadRequest.of(PORT, p))) {
      read = r.getVectorSchemaRoot().getSchema();
    }
    Schema promised = ArrowSchemas.of(view, "customers");
    assertThat(promised.getFields()).hasSameSizeAs(read.getFields());
    for (int i = 0; i < read.getFields().size(); i++) {
      Field want = read.getFields().get(i);
      Field got = promised.getFields().get(i);
      assertThat(got.getName()).isEqualTo(want.getName());
      assertThat(got.isNullable()).as("nullability of %s", want.getName()).isEqualTo(want.isNullable());
      assertThat(got.getType()).as("type of %s", want.getName()).isEqualTo(want.getType());
    }
    for (String column : List.of("email", "score")) {
      SchemaProperty prop = view.schemaObject("customers").orElseThrow().property(column).orElseThrow();
      assertThat(custom(prop.customProperties(), Mask.METADATA_METHOD)).contains(method.label());
      assertThat(prop.examples()).isEmpty();
      if (method == MaskMethod.NULL_OUT) {
        assertThat(prop.required()).isFalse();
        assertThat(prop.logicalType()).isEqualTo(contract().schemaObject("customers").orElseThrow()
            .property(column).orElseThrow().logicalType());
      } else {
        assertThat(prop.logicalType()).contains(LogicalType.STRING);
        assertThat(prop.physicalType()).contains("utf8");
        assertThat(prop.logicalTypeOptions().maxLength()).isEmpty();
        assertThat(prop.logicalTypeOptions().minimum()).isEmpty();
      }
      if (method == MaskMethod.HASH) {
        assertThat(custom(prop.customProperties(), Mask.METADATA_KEY_ID)).contains("k1");
      }
    }
    assertThat(Contracts.write(view, Format.YAML)).doesNotContain("ann@example.com");
    assertThat(OfficialSchema.errors(YAML.readTree(Contracts.write(view, Format.YAML))))
        .as("the consumer view is valid ODCS v3.1.0").isEmpty();
  }

  @ParameterizedTest
  @EnumSource(MaskMethod.class)
  void a_masked_key_stays_a_key_only_under_a_keyed_hash(MaskMethod method) {
    start();
    Principal p = Principal.builder("p-" + method.label()).putAttribute("team", "ok")
        .putAttribute("mask", method.label()).build();

    SchemaProperty email = mesh.contract(PORT, p).orElseThrow().schemaObject("customers").orElseThrow()
        .property("email").orElseThrow();

    boolean keeps = method == MaskMethod.HASH; // HMAC keeps distinct values distinct
    assertThat(email.primaryKey()).isEqualTo(keeps);
    assertThat(email.primaryKeyPosition().isPresent()).isEqualTo(keeps);
    assertThat(email.unique()).isEqualTo(keeps);
  }

  @Test
  void a_row_filter_is_documented_on_the_schema_object_and_the_view_is_valid_odcs() throws Exception {
    start();
    Principal p = Principal.builder("eu").putAttribute("team", "ok").putAttribute("scoped", "yes")
        .putAttribute("region", "EU").build();

    Contract view = mesh.contract(PORT, p).orElseThrow();

    Object filter = custom(view.schemaObject("customers").orElseThrow().customProperties(), "datamesh.rowFilter")
        .orElseThrow();
    assertThat(Expression.fromJson(filter.toString()))
        .isEqualTo(Expression.column("region").eq(Expression.principal("region")));
    assertThat(OfficialSchema.errors(YAML.readTree(Contracts.write(view, Format.YAML)))).isEmpty();
  }

  @Test
  void an_unrestricted_principal_sees_the_registered_contract_and_a_denied_one_gets_permission_denied() {
    start();
    Principal plain = Principal.builder("ok").putAttribute("team", "ok").build();
    assertThat(mesh.contract(PORT, plain)).containsSame(mesh.contract(PORT).orElseThrow());
    assertThat(mesh.contract(PORT)).map(Contract::id).contains("customers");
    assertThat(mesh.contract(PortAddress.parse(PORT.toString().replace("customers:1", "other:1")))).isEmpty();

    assertThatThrownBy(() -> mesh.contract(PORT, Principal.builder("sam").build()))
        .isInstanceOfSatisfying(MeshException.class, e -> {
          assertThat(e.status()).isEqualTo(MeshStatus.PERMISSION_DENIED);
          assertThat(e.getMessage()).contains(AccessPolicies.DEFAULT_DENY_ID).contains("sam")
              .doesNotContain("@example.com");
        });
  }
}
