package io.datamesh.core.governance;

import io.datamesh.api.DataProduct;
import io.datamesh.api.OutputPort;
import io.datamesh.api.policy.Finding;
import io.datamesh.api.policy.PolicySubject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Semantic versioning against the previous registered version: removing an output port or a field, or changing a
 * field's logical type, is breaking and needs a new major. (Contracts II's full diff replaces this once it lands.)
 */
final class SemanticVersioning {
  private SemanticVersioning() {}

  static List<Finding> check(PolicySubject s, ClassificationTaxonomy t) {
    DataProduct cur = s.current();
    String urn = cur.urn().toString();
    if (s.previous().isEmpty()) {
      return List.of(Finding.pass(urn, "no previous version to compare with"));
    }
    DataProduct prev = s.previous().get();
    if (cur.version().major() > prev.version().major()) {
      return List.of(Finding.pass(urn, "major " + cur.version().major() + " may break " + prev.version()));
    }
    String fix = "keep the removed or changed parts (mark them deprecated in their description), or register"
        + " the change as a new major version " + (prev.version().major() + 1) + ".0.0 beside this one";
    List<Finding> out = new ArrayList<>();
    for (OutputPort old : prev.outputPorts()) {
      Optional<OutputPort> now = cur.outputPort(old.name());
      String where = now.map(p -> p.address().toString()).orElse(old.address().toString());
      if (now.isEmpty()) {
        out.add(Finding.fail(where, "output port '" + old.name() + "' served by " + prev.version()
            + " is removed in " + cur.version() + " without a major bump", fix));
        continue;
      }
      Map<String, String> before = types(prev, old);
      Map<String, String> after = types(cur, now.get());
      before.forEach((field, type) -> {
        if (!after.containsKey(field)) {
          out.add(Finding.fail(where + "#" + field, "field '" + field + "' of " + prev.version() + " is removed in "
              + cur.version() + " without a major bump", fix));
        } else if (!after.get(field).equals(type)) {
          out.add(Finding.fail(where + "#" + field, "field '" + field + "' changes type from " + type + " to "
              + after.get(field) + " in " + cur.version() + " without a major bump", fix));
        }
      });
    }
    return out.isEmpty() ? List.of(Finding.pass(urn, cur.version() + " is compatible with " + prev.version()))
        : out;
  }

  private static Map<String, String> types(DataProduct p, OutputPort port) {
    Map<String, String> out = new LinkedHashMap<>();
    for (FieldWalk.Field f : FieldWalk.of(p)) {
      if (f.port().name().equals(port.name())) {
        out.put(f.path(), f.property().logicalType().map(l -> l.text()).orElse("unspecified"));
      }
    }
    return out;
  }
}
