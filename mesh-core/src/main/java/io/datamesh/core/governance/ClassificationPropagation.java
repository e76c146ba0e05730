package io.datamesh.core.governance;

import io.datamesh.api.DataProduct;
import io.datamesh.api.InputPort;
import io.datamesh.api.OutputPort;
import io.datamesh.api.PortAddress;
import io.datamesh.api.policy.Finding;
import io.datamesh.api.policy.PolicySubject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Classification propagation: an output field derived from an upstream field classified at or above a floor
 * (default {@code confidential}) declares an equal or stricter classification. A field's sources are its column
 * lineage ({@code transformSourceObjects} entries {@code field} or {@code object.field}), or, when it declares
 * none, the upstream fields with the same name.
 */
final class ClassificationPropagation {
  private ClassificationPropagation() {}

  /** An upstream field, where it is served and how it is classified. */
  private record Source(PortAddress port, FieldWalk.Field field, String classification) {}

  static List<Finding> check(PolicySubject s, ClassificationTaxonomy t, String floor) {
    String urn = s.current().urn().toString();
    if (!t.contains(floor)) {
      return List.of(Finding.fail(urn, "the propagation floor '" + floor + "' is not a level of the taxonomy " + t,
          "set the policy's params.from to one of " + t.levels()));
    }
    List<Source> sensitive = sensitiveUpstreamFields(s, t, floor);
    List<Finding> out = new ArrayList<>();
    for (FieldWalk.Field f : FieldWalk.of(s.current())) {
      Optional<Source> strictest = sensitive.stream().filter(src -> derives(f, src))
          .max((a, b) -> Integer.compare(t.rank(a.classification()).orElse(-1),
              t.rank(b.classification()).orElse(-1)));
      if (strictest.isEmpty()) {
        continue;
      }
      Source src = strictest.get();
      String declared = f.property().classification().orElse("");
      if (!t.isAtLeast(declared, src.classification())) {
        out.add(Finding.fail(urn + "#" + f.pointer(), "field '" + f.path() + "' derives from " + src.port() + " field '"
            + src.field().path() + "' classified " + src.classification() + " but declares "
            + (declared.isEmpty() ? "no classification" : declared),
            "classify the field " + src.classification() + " or stricter (" + t + ")"));
      }
    }
    return out.isEmpty() ? List.of(Finding.pass(urn, sensitive.isEmpty()
        ? "no upstream field classified " + floor + " or stricter is known"
        : "every derived field is classified at least as strictly as its sources")) : out;
  }

  private static List<Source> sensitiveUpstreamFields(PolicySubject s, ClassificationTaxonomy t, String floor) {
    List<Source> out = new ArrayList<>();
    for (InputPort in : s.current().inputPorts()) {
      if (in.upstream().isEmpty()) {
        continue;
      }
      PortAddress up = in.upstream().get();
      DataProduct upstream = s.upstreams().get(up.product());
      if (upstream == null) {
        continue;
      }
      Optional<OutputPort> port = upstream.outputPort(up.name());
      for (FieldWalk.Field f : FieldWalk.of(upstream)) {
        Optional<String> c = f.property().classification();
        if (port.isPresent() && f.port().name().equals(up.name()) && c.isPresent() && t.isAtLeast(c.get(), floor)) {
          out.add(new Source(up, f, c.get()));
        }
      }
    }
    return out;
  }

  private static boolean derives(FieldWalk.Field f, Source src) {
    String name = src.field().property().name().toLowerCase(Locale.ROOT);
    List<String> lineage = f.property().transformSourceObjects();
    if (lineage.isEmpty()) {
      return f.property().name().toLowerCase(Locale.ROOT).equals(name);
    }
    for (String entry : lineage) {
      String e = entry.toLowerCase(Locale.ROOT);
      int dot = e.lastIndexOf('.');
      String field = dot < 0 ? e : e.substring(dot + 1);
      String prefix = dot < 0 ? "" : e.substring(0, dot);
      if (field.equals(name) && (prefix.isEmpty() || prefix.equals(src.field().object().name().toLowerCase(Locale.ROOT))
          || prefix.equals(src.port().name().toLowerCase(Locale.ROOT)))) {
        return true;
      }
    }
    return false;
  }
}
