package io.datamesh.core;

import io.datamesh.api.DataProduct;
import io.datamesh.api.DomainKind;
import io.datamesh.api.OutputPort;
import io.datamesh.api.PortAddress;
import io.datamesh.api.PortKind;
import io.datamesh.api.contract.Contract;
import io.datamesh.api.contract.LogicalType;
import io.datamesh.api.contract.SchemaObject;
import io.datamesh.api.contract.SchemaProperty;
import io.datamesh.api.contract.SlaProperty;
import io.datamesh.api.read.Principal;
import io.datamesh.arrow.ArrowSchemas;
import io.datamesh.arrow.mask.MaskMethod;
import io.datamesh.core.governance.AccessPolicies;
import io.datamesh.core.governance.AccessPoliciesBuilder;
import io.datamesh.core.governance.Grant;
import io.datamesh.core.governance.MaskingRule;
import io.datamesh.core.governance.PrincipalMatch;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.TimeStampMicroTZVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * A contacts product whose columns are restricted, whose contract's latency is measured on the restricted
 * {@code seen_at} column (so a stale publish is rejected with a reason that quotes the latest {@code seen_at}),
 * and which declares an observability port.
 */
final class StatusContacts {
  static final PortAddress PORT = PortAddress.parse(Products.out("contacts"));
  static final PortAddress HEALTH = PortAddress.parse(
      "urn:dpds:com.example:dataproducts:contacts:1:observabilityports:health");
  /** Granted, reads restricted columns masked. */
  static final Principal MIA = Principal.builder("mia").putAttribute("department", "marketing").build();
  /** Granted, reads in clear. */
  static final Principal STEVE = Principal.builder("steve").addRole("steward").build();
  /** No grant: may not read the port. */
  static final Principal SAM = Principal.builder("sam").build();

  private StatusContacts() {}

  static DataProduct product() {
    SchemaObject o = SchemaObject.builder("contacts")
        .addProperty(SchemaProperty.builder("id", LogicalType.INTEGER).setRequired(true).build())
        .addProperty(SchemaProperty.builder("email", LogicalType.STRING).setClassification("restricted").build())
        .addProperty(SchemaProperty.builder("seen_at", LogicalType.TIMESTAMP).setClassification("restricted")
            .build())
        .build();
    Contract c = Contract.builder().setId("contacts").setVersion("1.0.0").addSchemaObject(o)
        .addSlaProperty(SlaProperty.builder("latency", 1).setUnit("h").setElement("contacts.seen_at").build())
        .build();
    return Products.product("contacts", "1.0.0", DomainKind.SOURCE_ALIGNED)
        .addOutputPort(OutputPort.builder("contacts").setContract(c))
        .addPort(PortKind.OBSERVABILITY, "health", "the health of contacts").build();
  }

  static AccessPoliciesBuilder policies(MaskMethod method) {
    return AccessPolicies.builder()
        .addGrant(Grant.of("grant.marketing", PrincipalMatch.attribute("department", "marketing"), PORT))
        .addGrant(Grant.of("grant.stewards", PrincipalMatch.role("steward"), PORT))
        .addMaskingRule(MaskingRule.of("mask.restricted", "restricted",
            PrincipalMatch.attribute("department", "marketing"), method, method == MaskMethod.PARTIAL ? 3 : 0,
            method == MaskMethod.HASH ? "k-2025" : ""))
        .setSecrets(EnforcementTest.SECRETS);
  }

  /** One batch of contacts seen at the given times; ids count from 1. */
  static VectorSchemaRoot batch(org.apache.arrow.memory.BufferAllocator allocator, List<Instant> seen) {
    VectorSchemaRoot b = VectorSchemaRoot.create(ArrowSchemas.of(product().outputPorts().get(0).contract(),
        "contacts"), allocator);
    b.allocateNew();
    for (int i = 0; i < seen.size(); i++) {
      ((BigIntVector) b.getVector("id")).setSafe(i, i + 1);
      ((VarCharVector) b.getVector("email")).setSafe(i, ("c" + i + "@example.com").getBytes(StandardCharsets.UTF_8));
      ((TimeStampMicroTZVector) b.getVector("seen_at")).setSafe(i, StatusBatch.micros(seen.get(i)));
    }
    b.setRowCount(seen.size());
    return b;
  }
}
