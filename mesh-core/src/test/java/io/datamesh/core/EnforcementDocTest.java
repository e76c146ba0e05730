package io.datamesh.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.datamesh.api.DataProduct;
import io.datamesh.api.DomainKind;
import io.datamesh.api.OutputPort;
import io.datamesh.api.PortAddress;
import io.datamesh.api.contract.Contract;
import io.datamesh.api.contract.LogicalType;
import io.datamesh.api.contract.SchemaObject;
import io.datamesh.api.contract.SchemaProperty;
import io.datamesh.api.read.Expression;
import io.datamesh.api.read.Principal;
import io.datamesh.api.read.ReadRequest;
import io.datamesh.arrow.ArrowSchemas;
import io.datamesh.arrow.mask.MaskMethod;
import io.datamesh.arrow.mask.SecretProvider;
import io.datamesh.core.governance.AccessPolicies;
import io.datamesh.core.governance.Grant;
import io.datamesh.core.governance.MaskingRule;
import io.datamesh.core.governance.PrincipalMatch;
import io.datamesh.core.governance.RowFilterRule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.junit.jupiter.api.Test;

/** Runs the enforcement example of docs/governance.md and checks that the page shows exactly this code. */
class EnforcementDocTest {
  @Test
  void the_page_shows_the_enforcement_java_this_test_runs() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "governance.md"));
    String b = doc.substring(doc.indexOf("<!-- enforcement-java:start -->"),
        doc.indexOf("<!-- enforcement-java:end -->"));
    String code = b.substring(b.indexOf("```java") + 7, b.lastIndexOf("```")).strip();
    String source = Files.readString(Path.of("src/test/java/io/datamesh/core/EnforcementDocTest.java"));
    assertThat(source.replaceAll("\\s+", " ")).contains(code.replaceAll("\\s+", " "));
  }

  @Test
  void marketing_reads_hashed_emails_of_its_own_region_only() throws Exception {
    try (RootAllocator leakCheck = new RootAllocator()) {
      List<String> rows = example(leakCheck);
      assertThat(rows).hasSize(2).allMatch(r -> r.matches("[0-9a-f]{64} EU"));
      assertThat(leakCheck.getAllocatedMemory()).isZero();
    }
  }

  @Test
  void the_yaml_access_policies_make_the_same_plans_as_the_java_example_and_serve_the_same_rows() throws Exception {
    String doc = Files.readString(Path.of("..", "docs", "governance.md"));
    String b = doc.substring(doc.indexOf("<!-- access-yaml:start -->"), doc.indexOf("<!-- access-yaml:end -->"));
    String yaml = b.substring(b.indexOf("```yaml") + 7, b.lastIndexOf("```"));
    byte[] key = "a-32-byte-secret-for-the-docs!!!".getBytes(StandardCharsets.UTF_8);
    AccessPolicies fromYaml = AccessPolicies.builder().addYaml(yaml, "docs/governance.md")
        .setSecrets(SecretProvider.of(Map.of("k-2025", key))).build();
    AccessPolicies fromJava = javaPolicies(key);
    var port = customersProduct().outputPorts().get(0);
    java.time.Instant now = java.time.Instant.parse("2025-03-01T00:00:00Z");
    for (Principal p : List.of(
        Principal.builder("mia").putAttribute("department", "marketing").putAttribute("region", "EU")
            .setPurpose("campaigns").build(),
        Principal.builder("sue").addRole("support").putAttribute("department", "marketing").build(),
        Principal.builder("sam").build())) {
      assertThat(fromYaml.plan(p, port, now)).isEqualTo(fromJava.plan(p, port, now));
      assertThat(fromYaml.plan(p, port, now).fingerprint()).isEqualTo(fromJava.plan(p, port, now).fingerprint());
    }
    try (RootAllocator leakCheck = new RootAllocator()) {
      assertThat(example(leakCheck, fromYaml)).isEqualTo(example(leakCheck, fromJava)).hasSize(2);
      assertThat(leakCheck.getAllocatedMemory()).isZero();
    }
  }

  static AccessPolicies javaPolicies(byte[] key) {
    PortAddress customers = PortAddress.parse(Products.out("customers"));
    PrincipalMatch marketing = PrincipalMatch.attribute("department", "marketing");
    return AccessPolicies.builder()
        .addGrant(Grant.of("grant.marketing-customers", marketing, customers).withPurpose("campaigns"))
        .addMaskingRule(MaskingRule.reveal("mask.support-sees-emails", "restricted", PrincipalMatch.role("support")))
        .addMaskingRule(MaskingRule.of("mask.restricted-hash", "restricted", PrincipalMatch.any(),
            MaskMethod.HASH, 0, "k-2025"))
        .addRowFilter(RowFilterRule.of("rows.own-region", customers, marketing,
            Expression.column("region").eq(Expression.principal("region"))))
        .setSecrets(SecretProvider.of(Map.of("k-2025", key)))
        .build();
  }

  static List<String> example(RootAllocator allocator, AccessPolicies policies) throws Exception {
    PortAddress customers = PortAddress.parse(Products.out("customers"));
    Principal mia = Principal.builder("mia").putAttribute("department", "marketing")
        .putAttribute("region", "EU").setPurpose("campaigns").build();
    List<String> rows = new ArrayList<>();
    try (Mesh mesh = Mesh.builder().setAllocator(allocator).setAccessPolicies(policies).build()) {
      mesh.register(customersProduct());
      mesh.publish(customers, customersBatch(mesh));
      try (ArrowReader reader = mesh.read(ReadRequest.of(customers, mia))) {
        while (reader.loadNextBatch()) {
          VectorSchemaRoot batch = reader.getVectorSchemaRoot();
          for (int i = 0; i < batch.getRowCount(); i++) {
            rows.add(batch.getVector("email").getObject(i) + " " + batch.getVector("region").getObject(i));
          }
        }
      }
    }
    return rows;
  }

  static List<String> example(RootAllocator allocator) throws Exception {
    byte[] key = "a-32-byte-secret-for-the-docs!!!".getBytes(StandardCharsets.UTF_8);
    List<String> rows = new ArrayList<>();
    PortAddress customers = PortAddress.parse(Products.out("customers"));
    PrincipalMatch marketing = PrincipalMatch.attribute("department", "marketing");
    AccessPolicies policies = AccessPolicies.builder()
        .addGrant(Grant.of("grant.marketing-customers", marketing, customers).withPurpose("campaigns"))
        .addMaskingRule(MaskingRule.reveal("mask.support-sees-emails", "restricted", PrincipalMatch.role("support")))
        .addMaskingRule(MaskingRule.of("mask.restricted-hash", "restricted", PrincipalMatch.any(),
            MaskMethod.HASH, 0, "k-2025"))
        .addRowFilter(RowFilterRule.of("rows.own-region", customers, marketing,
            Expression.column("region").eq(Expression.principal("region"))))
        .setSecrets(SecretProvider.of(Map.of("k-2025", key)))
        .build();
    Principal mia = Principal.builder("mia").putAttribute("department", "marketing")
        .putAttribute("region", "EU").setPurpose("campaigns").build();
    try (Mesh mesh = Mesh.builder().setAllocator(allocator).setAccessPolicies(policies).build()) {
      mesh.register(customersProduct());
      mesh.publish(customers, customersBatch(mesh));
      try (ArrowReader reader = mesh.read(ReadRequest.of(customers, mia))) {
        while (reader.loadNextBatch()) {
          VectorSchemaRoot batch = reader.getVectorSchemaRoot(); // email: Utf8 hex, datamesh.masked=hash
          for (int i = 0; i < batch.getRowCount(); i++) {
            rows.add(batch.getVector("email").getObject(i) + " " + batch.getVector("region").getObject(i));
          }
        }
      }
    }
    return rows;
  }

  static DataProduct customersProduct() {
    SchemaObject o = SchemaObject.builder("customers")
        .addProperty(SchemaProperty.builder("id", LogicalType.INTEGER).setRequired(true).build())
        .addProperty(SchemaProperty.builder("email", LogicalType.STRING).setClassification("restricted").build())
        .addProperty(SchemaProperty.builder("region", LogicalType.STRING).build())
        .build();
    Contract c = Contract.builder().setId("customers").setVersion("1.0.0").addSchemaObject(o).build();
    return Products.product("customers", "1.0.0", DomainKind.SOURCE_ALIGNED)
        .addOutputPort(OutputPort.builder("customers").setContract(c)).build();
  }

  static VectorSchemaRoot customersBatch(Mesh mesh) {
    VectorSchemaRoot b = VectorSchemaRoot.create(ArrowSchemas.of(customersProduct().outputPorts().get(0)
        .contract(), "customers"), mesh.allocator());
    b.allocateNew();
    String[][] data = {{"ann@example.com", "EU"}, {"bob@example.com", "US"}, {"cy@example.com", "EU"}};
    for (int i = 0; i < data.length; i++) {
      ((BigIntVector) b.getVector("id")).setSafe(i, i);
      ((VarCharVector) b.getVector("email")).setSafe(i, data[i][0].getBytes(StandardCharsets.UTF_8));
      ((VarCharVector) b.getVector("region")).setSafe(i, data[i][1].getBytes(StandardCharsets.UTF_8));
    }
    b.setRowCount(data.length);
    return b;
  }
}
