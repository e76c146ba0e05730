package io.datamesh.core.governance;

import io.datamesh.api.DataProduct;
import io.datamesh.api.InputPort;
import io.datamesh.api.LifecycleStatus;
import io.datamesh.api.OutputPort;
import io.datamesh.api.Port;
import io.datamesh.api.contract.CustomProperty;
import io.datamesh.api.policy.PolicySubject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Java twins of the YAML built-ins: each returns the JSON Pointers (into the {@link Projection}) of the nodes
 * that fail, written independently of the policy language so that the differential test can compare the two.
 */
final class DescriptorChecks {
  private static final String OUT = "/interfaceComponents/outputPorts/";

  private DescriptorChecks() {}

  static List<String> ownerRequired(PolicySubject s, ClassificationTaxonomy t) {
    DataProduct p = s.current();
    return p.owner() != null && hasText(p.owner().id()) ? List.of() : List.of("");
  }

  static List<String> outputPortContract(PolicySubject s, ClassificationTaxonomy t) {
    List<String> out = new ArrayList<>();
    List<OutputPort> ports = s.current().outputPorts();
    for (int i = 0; i < ports.size(); i++) {
      if (ports.get(i).contract() == null) {
        out.add(OUT + i);
      }
    }
    return out;
  }

  static List<String> fieldDescription(PolicySubject s, ClassificationTaxonomy t) {
    return FieldWalk.of(s.current()).stream()
        .filter(f -> !f.property().description().map(DescriptorChecks::hasText).orElse(false))
        .map(FieldWalk.Field::pointer).toList();
  }

  static List<String> fieldClassification(PolicySubject s, ClassificationTaxonomy t) {
    return FieldWalk.of(s.current()).stream()
        .filter(f -> !f.property().classification().map(t::contains).orElse(false))
        .map(FieldWalk.Field::pointer).toList();
  }

  static List<String> productNaming(PolicySubject s, ClassificationTaxonomy t) {
    return Names.isWords(s.current().name(), "-_") ? List.of() : List.of("");
  }

  static List<String> portNaming(PolicySubject s, ClassificationTaxonomy t) {
    Map<String, List<Port>> byKind = new LinkedHashMap<>();
    byKind.put("inputPorts", new ArrayList<>(s.current().inputPorts()));
    byKind.put("outputPorts", new ArrayList<>(s.current().outputPorts()));
    for (Port p : s.current().otherPorts()) {
      byKind.computeIfAbsent(p.kind().segment().replace("ports", "Ports"), k -> new ArrayList<>()).add(p);
    }
    List<String> out = new ArrayList<>();
    byKind.forEach((kind, ports) -> {
      for (int i = 0; i < ports.size(); i++) {
        if (!Names.isWords(ports.get(i).name(), "-_")) {
          out.add("/interfaceComponents/" + kind + "/" + i);
        }
      }
    });
    return out;
  }

  static List<String> fieldNaming(PolicySubject s, ClassificationTaxonomy t) {
    return FieldWalk.of(s.current()).stream().filter(f -> !Names.isWords(f.property().name(), "_"))
        .map(FieldWalk.Field::pointer).toList();
  }

  static List<String> sloDeclared(PolicySubject s, ClassificationTaxonomy t) {
    List<String> out = new ArrayList<>();
    List<OutputPort> ports = s.current().outputPorts();
    for (int i = 0; i < ports.size(); i++) {
      if (ports.get(i).contract() == null || ports.get(i).contract().slaProperties().isEmpty()) {
        out.add(OUT + i);
      }
    }
    return out;
  }

  static List<String> deprecationPolicy(PolicySubject s, ClassificationTaxonomy t) {
    List<String> out = new ArrayList<>();
    List<OutputPort> ports = s.current().outputPorts();
    boolean productWide = s.current().extensions().containsKey(Projection.DEPRECATION_POLICY);
    for (int i = 0; i < ports.size(); i++) {
      OutputPort port = ports.get(i);
      if (port.contract() == null) {
        out.add(OUT + i);
        continue;
      }
      Optional<CustomProperty> declared = port.contract().customProperties().stream()
          .filter(c -> c.property().equals(Projection.DEPRECATION_POLICY)).findFirst();
      if (declared.flatMap(CustomProperty::value).isEmpty() && !productWide) {
        out.add(OUT + i);
      }
    }
    return out;
  }

  static List<String> inputsFromActive(PolicySubject s, ClassificationTaxonomy t) {
    List<String> out = new ArrayList<>();
    List<InputPort> ins = s.current().inputPorts();
    for (int i = 0; i < ins.size(); i++) {
      Optional<DataProduct> up = ins.get(i).upstream().map(a -> s.upstreams().get(a.product()));
      if (up.isPresent() && up.get().status() != LifecycleStatus.ACTIVE) {
        out.add("/interfaceComponents/inputPorts/" + i);
      }
    }
    return out;
  }

  /** True if the text has a character other than the five RE2 {@code \s} characters. */
  static boolean hasText(String s) {
    return s.chars().anyMatch(c -> " \t\n\f\r".indexOf(c) < 0);
  }
}
