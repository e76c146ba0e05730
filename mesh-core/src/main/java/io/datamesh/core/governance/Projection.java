package io.datamesh.core.governance;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.datamesh.api.DataProduct;
import io.datamesh.api.InputPort;
import io.datamesh.api.OutputPort;
import io.datamesh.api.Port;
import io.datamesh.api.policy.PolicySubject;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The JSON form of a policy subject that YAML policies select from: a DPDS 1.0.0-shaped descriptor whose output
 * ports embed their ODCS contract under {@code promises.api.definition}. Fields DPDS has no name for use the DPDS
 * {@code x-} extension prefix. docs/governance.md shows the whole shape; {@link Governance#descriptorJson} prints it.
 *
 * <ul>
 *   <li>{@code /info}: {@code fullyQualifiedName} (the URN), {@code name}, {@code version}, {@code displayName},
 *       {@code description}, {@code domain}, {@code owner.id}, {@code owner.name}, {@code x-domainKind}
 *       ({@code source-aligned}, {@code aggregate}, {@code consumer-aligned}), {@code x-status}.
 *   <li>{@code /interfaceComponents/inputPorts/*}: {@code fullyQualifiedName}, {@code name}, {@code version},
 *       {@code x-upstream}, {@code x-acceptedMajor}, {@code x-externalSource}, and when the upstream product is
 *       registered {@code x-upstreamProduct} with its {@code fullyQualifiedName}, {@code version} and
 *       {@code status}.
 *   <li>{@code /interfaceComponents/outputPorts/*}: {@code promises.api} ({@code specification: odcs},
 *       {@code definition}: the contract), {@code promises.slo} (the contract's {@code slaProperties}, present
 *       when it has any), {@code promises.deprecationPolicy} (from the contract's custom property or the product's
 *       extension {@code deprecationPolicy}).
 *   <li>{@code /tags}, and {@code /x-extensions} for the product's extension values.
 * </ul>
 */
final class Projection {
  static final String DEPRECATION_POLICY = "deprecationPolicy";

  private Projection() {}

  static Located of(PolicySubject subject) {
    return new Located("", product(subject));
  }

  static ObjectNode product(PolicySubject subject) {
    DataProduct p = subject.current();
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("dataProductDescriptor", "1.0.0");
    root.set("info", info(p));
    ObjectNode ic = root.putObject("interfaceComponents");
    ArrayNode inputs = ic.putArray("inputPorts");
    for (InputPort in : p.inputPorts()) {
      inputs.add(input(in, subject));
    }
    ArrayNode outputs = ic.putArray("outputPorts");
    for (OutputPort out : p.outputPorts()) {
      outputs.add(output(out, p));
    }
    for (Port other : p.otherPorts()) {
      ic.withArray(other.kind().segment().replace("ports", "Ports")).add(port(other, other.kind().segment()));
    }
    ArrayNode tags = root.putArray("tags");
    new TreeSet<>(p.tags()).forEach(tags::add);
    if (!p.extensions().isEmpty()) {
      root.set("x-extensions", Json.tree(p.extensions()));
    }
    return root;
  }

  private static ObjectNode info(DataProduct p) {
    ObjectNode info = Json.MAPPER.createObjectNode();
    info.put("fullyQualifiedName", p.urn().toString());
    info.put("entityType", "dataproduct");
    info.put("name", p.name());
    info.put("version", String.valueOf(p.version()));
    p.displayName().ifPresent(v -> info.put("displayName", v));
    p.description().ifPresent(v -> info.put("description", v));
    if (p.domain() != null) {
      info.put("domain", p.domain().name());
      info.put("x-domainKind", p.domain().kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    if (p.owner() != null) {
      ObjectNode owner = info.putObject("owner");
      owner.put("id", p.owner().id());
      p.owner().name().ifPresent(n -> owner.put("name", n));
    }
    if (p.status() != null) {
      info.put("x-status", p.status().text());
    }
    return info;
  }

  private static ObjectNode port(Port port, String entity) {
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("fullyQualifiedName", port.address().toString());
    n.put("entityType", entity.replace("ports", "port"));
    n.put("name", port.name());
    n.put("version", String.valueOf(port.version()));
    port.description().ifPresent(d -> n.put("description", d));
    return n;
  }

  private static ObjectNode input(InputPort in, PolicySubject subject) {
    ObjectNode n = port(in, "inputports");
    in.upstream().ifPresent(up -> {
      n.put("x-upstream", up.toString());
      DataProduct upstream = subject.upstreams().get(up.product());
      if (upstream != null) {
        ObjectNode u = n.putObject("x-upstreamProduct");
        u.put("fullyQualifiedName", upstream.urn().toString());
        u.put("version", upstream.version().toString());
        u.put("status", upstream.status().text());
      }
    });
    n.put("x-acceptedMajor", in.acceptedMajor());
    in.externalSource().ifPresent(s -> n.put("x-externalSource", s));
    return n;
  }

  private static ObjectNode output(OutputPort out, DataProduct p) {
    ObjectNode n = port(out, "outputports");
    ObjectNode promises = n.putObject("promises");
    if (out.contract() == null) {
      return n;
    }
    ObjectNode api = promises.putObject("api");
    api.put("specification", "odcs");
    api.put("specificationVersion", out.contract().apiVersion());
    api.set("definition", ContractJson.contract(out.contract()));
    if (!out.contract().slaProperties().isEmpty()) {
      ObjectNode slo = promises.putObject("slo");
      slo.put("specification", "odcs-slaProperties");
      slo.set("definition", api.get("definition").get("slaProperties"));
    }
    deprecationPolicy(out, p).ifPresent(d -> promises.set("deprecationPolicy", d));
    return n;
  }

  private static Optional<ObjectNode> deprecationPolicy(OutputPort out, DataProduct p) {
    Optional<Object> value = out.contract().customProperties().stream()
        .filter(c -> c.property().equals(DEPRECATION_POLICY)).findFirst().flatMap(c -> c.value());
    if (value.isEmpty()) {
      value = Optional.ofNullable(p.extensions().get(DEPRECATION_POLICY));
    }
    return value.map(v -> {
      if (v instanceof Map<?, ?>) {
        return (ObjectNode) Json.tree(v);
      }
      ObjectNode d = Json.MAPPER.createObjectNode();
      d.put("description", String.valueOf(v));
      return d;
    });
  }
}
