package io.datamesh.core.governance;

import io.datamesh.api.DataProduct;
import io.datamesh.api.DataProductBuilder;
import io.datamesh.api.Domain;
import io.datamesh.api.DomainKind;
import io.datamesh.api.OutputPort;
import io.datamesh.api.Owner;
import io.datamesh.api.contract.Contract;
import io.datamesh.api.contract.ContractBuilder;
import io.datamesh.api.contract.CustomProperty;
import io.datamesh.api.contract.LogicalType;
import io.datamesh.api.contract.SchemaObject;
import io.datamesh.api.contract.SchemaProperty;
import io.datamesh.api.contract.SlaProperty;
import io.datamesh.api.policy.PolicyResult;
import java.util.List;

/** Small products for the governance tests (mesh-core cannot use the testkit, which depends on it). */
final class Fixtures {
  static final String URN = "urn:dpds:com.example:dataproducts:orders:1";

  private Fixtures() {}

  /** A described, classified field. */
  static SchemaProperty field(String name, String classification) {
    return SchemaProperty.builder(name, LogicalType.STRING).setDescription("the " + name)
        .setClassification(classification).build();
  }

  /** A contract that complies with every built-in: fields described and classified, SLOs, deprecation policy. */
  static ContractBuilder contract(String name, String version, SchemaProperty... fields) {
    var obj = SchemaObject.builder(name);
    for (SchemaProperty f : fields) {
      obj.addProperty(f);
    }
    return Contract.builder().setId(name + "-contract").setVersion(version).setName(name)
        .addSchemaObject(obj.build()).addSlaProperty(SlaProperty.builder("latency", 4).setUnit("h").build())
        .addCustomProperty(CustomProperty.of("deprecationPolicy", "old majors are served 90 days"));
  }

  static DataProductBuilder product(String name, String version, String domain) {
    return DataProduct.builder().setNamespace("com.example").setName(name).setVersion(version)
        .setDomain(Domain.of(domain, DomainKind.SOURCE_ALIGNED)).setOwner(Owner.of(name + "-team@example.com"));
  }

  /** A product that passes every built-in. */
  static DataProduct compliant() {
    return product("orders", "1.0.0", "sales").addOutputPort(OutputPort.builder("orders")
        .setContract(contract("orders", "1.0.0", field("order_id", "internal"), field("amount", "internal"))
            .build())).build();
  }

  /** A product in the sales domain serving the given fields on port 'orders'. */
  static DataProduct withFields(String version, SchemaProperty... fields) {
    return product("orders", version, "sales").addOutputPort(OutputPort.builder("orders")
        .setContract(contract("orders", "1.0.0", fields).build())).build();
  }

  static List<String> failedSubjects(GovernanceReport r, String policyId) {
    return r.results().stream().filter(x -> x.policyId().equals(policyId) && !x.passed())
        .map(PolicyResult::subject).toList();
  }
}
