package io.datamesh.core.governance;

import static org.assertj.core.api.Assertions.assertThat;

import io.datamesh.api.DataProduct;
import io.datamesh.api.Domain;
import io.datamesh.api.DomainKind;
import io.datamesh.api.OutputPort;
import io.datamesh.api.Owner;
import io.datamesh.api.PortAddress;
import io.datamesh.api.ProductUrn;
import io.datamesh.api.contract.Contract;
import io.datamesh.api.contract.LogicalType;
import io.datamesh.api.contract.SchemaObject;
import io.datamesh.api.contract.SchemaProperty;
import io.datamesh.api.policy.Rollout;
import io.datamesh.api.read.Expression;
import io.datamesh.api.read.Principal;
import io.datamesh.api.read.PrincipalBuilder;
import io.datamesh.arrow.mask.MaskMethod;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Differential: a random access-policy set written as YAML and read back decides every read exactly as the same set
 * built through {@link AccessPoliciesBuilder}: equal plans (decision, policy ids, masks, row filter, warnings) and
 * equal fingerprints, for random principals.
 */
class AccessPolicyYamlProperties {
  static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");
  static final ProductUrn READER = ProductUrn.parse("urn:dpds:com.example:dataproducts:clv:1");
  static final List<OutputPort> PORTS = List.of(port("customers"), port("leads"));
  static final List<Expression> FILTERS = List.of(
      Expression.column("region").eq(Expression.principal("region")),
      Expression.column("id").gt(Expression.literal(10)),
      Expression.or(Expression.column("region").eq(Expression.literal("EU's")),
          Expression.column("email").isNull()),
      Expression.not(Expression.column("score").le(Expression.literal(-2.5))));

  static OutputPort port(String name) {
    SchemaObject o = SchemaObject.builder(name)
        .addProperty(SchemaProperty.builder("id", LogicalType.INTEGER).setRequired(true).build())
        .addProperty(SchemaProperty.builder("email", LogicalType.STRING).setClassification("restricted").build())
        .addProperty(SchemaProperty.builder("score", LogicalType.NUMBER).setClassification("confidential").build())
        .addProperty(SchemaProperty.builder("region", LogicalType.STRING).setClassification("internal").build())
        .build();
    Contract c = Contract.builder().setId(name).setVersion("1.0.0").addSchemaObject(o).build();
    DataProduct p = DataProduct.builder().setNamespace("com.example").setName(name).setVersion("1.0.0")
        .setDomain(Domain.of("crm", DomainKind.SOURCE_ALIGNED)).setOwner(Owner.of("crm@example.com"))
        .addOutputPort(OutputPort.builder(name).setContract(c)).build();
    return p.outputPorts().get(0);
  }

  /**
   * A YAML mask entry: its rule and its {@code exempt:} principals, which the Java builder writes as reveal rules
   * with the same id, target and rollout, listed before the rule.
   */
  record MaskEntry(MaskingRule rule, List<PrincipalMatch> exempt) {
    List<MaskingRule> rules() {
      List<MaskingRule> out = new ArrayList<>();
      MaskingRule r = rule;
      exempt.forEach(w -> out.add(new MaskingRule(r.id(), r.classification(), w, Optional.empty(), 0, "",
          r.rollout(), r.column())));
      out.add(r);
      return out;
    }
  }

  /** A random policy set: the same entries feed the Java builder and the YAML text. */
  record Set(List<Grant> grants, List<MaskEntry> masks, List<RowFilterRule> filters,
      Optional<Rollout> deny, boolean filterAsText) {
    AccessPolicies java() {
      AccessPoliciesBuilder b = AccessPolicies.builder();
      grants.forEach(b::addGrant);
      masks.forEach(e -> e.rules().forEach(b::addMaskingRule));
      filters.forEach(b::addRowFilter);
      deny.ifPresent(r -> b.setDefaultDeny("access.crm-deny", r));
      return b.build();
    }

    String yaml() {
      StringBuilder y = new StringBuilder("kind: access\nname: random\n");
      deny.ifPresent(r -> y.append("defaultDeny:\n  id: access.crm-deny\n").append(rollout(r, "  ")));
      y.append("grants:\n");
      for (Grant g : grants) {
        y.append("  - id: ").append(g.id()).append("\n    who: ").append(who(g.who())).append("\n    port: ")
            .append(g.port()).append('\n');
        g.purpose().ifPresent(p -> y.append("    purpose: ").append(quote(p)).append('\n'));
        g.expires().ifPresent(e -> y.append("    expires: ").append(e).append('\n'));
      }
      y.append("masks:\n");
      for (MaskEntry e : masks) {
        MaskingRule m = e.rule();
        y.append("  - id: ").append(m.id()).append(m.column().isEmpty() ? "\n    classification: "
            + m.classification() : "\n    column: " + quote(m.column())).append("\n    who: ")
            .append(who(m.who())).append("\n    method: ")
            .append(m.method().map(MaskMethod::label).orElse("reveal")).append('\n');
        if (m.keepLast() > 0) {
          y.append("    keepLast: ").append(m.keepLast()).append('\n');
        }
        if (!m.keyId().isEmpty()) {
          y.append("    keyId: ").append(quote(m.keyId())).append('\n');
        }
        if (!e.exempt().isEmpty()) {
          y.append("    exempt: [").append(String.join(", ", e.exempt().stream().map(Set::who).toList()))
              .append("]\n");
        }
        y.append(rollout(m.rollout(), "    "));
      }
      y.append("rowFilters:\n");
      for (RowFilterRule f : filters) {
        y.append("  - id: ").append(f.id()).append("\n    who: ").append(who(f.who())).append("\n    port: ")
            .append(f.port()).append("\n    filter: ")
            .append(filterAsText ? quote(f.filter().toJson()) : f.filter().toJson()).append('\n');
      }
      return y.toString();
    }

    private static String rollout(Rollout r, String indent) {
      return switch (r.stage()) {
        case DRAFT -> indent + "rollout: draft\n";
        case GRACE -> indent + "rollout: grace\n" + indent + "graceUntil: " + r.graceUntil().orElseThrow() + "\n";
        case ENFORCED -> r.equals(Rollout.enforced()) && indent.length() == 4 ? "" : indent + "rollout: enforced\n";
      };
    }

    private static String who(PrincipalMatch m) {
      return switch (m.kind()) {
        case "any" -> "any";
        case "id" -> "{id: " + quote(m.value()) + "}";
        case "role" -> "{role: " + quote(m.value()) + "}";
        default -> "{attribute: " + quote(m.name()) + ", value: " + quote(m.value()) + "}";
      };
    }

    private static String quote(String s) {
      return "'" + s.replace("'", "''") + "'";
    }
  }

  @Property(tries = 300)
  void yaml_and_java_access_policies_make_identical_plans(@ForAll("sets") Set set,
      @ForAll("principals") List<Principal> principals) {
    AccessPolicies java = set.java();
    AccessPolicies yaml = AccessPolicies.builder().addYaml(set.yaml(), "random.yaml").build();

    assertThat(yaml.version()).isEqualTo(java.version());
    for (Principal p : principals) {
      for (OutputPort port : PORTS) {
        EnforcementPlan want = java.plan(p, port, NOW);
        EnforcementPlan got = yaml.plan(p, port, NOW);
        assertThat(got).isEqualTo(want);
        assertThat(got.fingerprint()).isEqualTo(want.fingerprint());
      }
    }
  }

  @Provide
  Arbitrary<List<Principal>> principals() {
    Arbitrary<Principal> one = Combinators.combine(Arbitraries.of("mia", "sam", READER.toString()),
        Arbitraries.of("analyst", "support", "none"), Arbitraries.of("marketing", "sales", "it's"),
        Arbitraries.of("EU", "US"), Arbitraries.of("campaigns", "audit", "")).as((id, role, dept, region, purpose) -> {
          PrincipalBuilder b = Principal.builder(id).addRole(role).putAttribute("department", dept)
              .putAttribute("region", region);
          return purpose.isEmpty() ? b.build() : b.setPurpose(purpose).build();
        });
    return one.list().ofMinSize(1).ofMaxSize(4);
  }

  @Provide
  Arbitrary<Set> sets() {
    Arbitrary<PrincipalMatch> who = Arbitraries.oneOf(Arbitraries.just(PrincipalMatch.any()),
        Arbitraries.of("mia", "sam").map(PrincipalMatch::id), Arbitraries.just(PrincipalMatch.product(READER)),
        Arbitraries.of("analyst", "support").map(PrincipalMatch::role),
        Arbitraries.of("marketing", "sales", "it's").map(v -> PrincipalMatch.attribute("department", v)));
    Arbitrary<PortAddress> port = Arbitraries.of(PORTS).map(OutputPort::address);
    Arbitrary<Rollout> rollout = Arbitraries.oneOf(Arbitraries.just(Rollout.enforced()),
        Arbitraries.just(Rollout.draft()), Arbitraries.of(-5, 5).map(d -> Rollout.grace(NOW.plus(Duration.ofDays(d)))));
    Arbitrary<Grant> grant = Combinators.combine(who, port, Arbitraries.of("", "campaigns", "audit"),
        Arbitraries.of(0, -3, 3)).as((w, p, purpose, days) -> {
          Grant g = Grant.of("g", w, p);
          g = purpose.isEmpty() ? g : g.withPurpose(purpose);
          return days == 0 ? g : g.expiringAt(NOW.plus(Duration.ofDays(days)));
        });
    Arbitrary<MaskingRule> mask = Combinators.combine(who, Arbitraries.of("restricted", "confidential", "internal",
        "column:id", "column:region", "column:email"), Arbitraries.of(MaskMethod.values()).injectNull(0.2),
        Arbitraries.integers().between(1, 4), rollout).as((w, c, m, keep, r) -> {
          MaskingRule byClass = m == null ? MaskingRule.reveal("m", c, w) : MaskingRule.of("m", c, w, m,
              m == MaskMethod.PARTIAL ? keep : 0, m == MaskMethod.HASH ? "k-" + keep : "");
          return (!c.startsWith("column:") ? byClass : MaskingRule.ofColumn("m", c.substring(7), w,
              byClass.method(), byClass.keepLast(), byClass.keyId())).withRollout(r);
        });
    Arbitrary<MaskEntry> entry = Combinators.combine(mask, who.list().ofMaxSize(2))
        .as(MaskEntry::new);
    Arbitrary<RowFilterRule> filter = Combinators.combine(who, port, Arbitraries.of(FILTERS))
        .as((w, p, f) -> RowFilterRule.of("r", p, w, f));
    return Combinators.combine(grant.list().ofMaxSize(4), entry.list().ofMaxSize(5), filter.list().ofMaxSize(3),
        rollout.optional(0.4), Arbitraries.of(true, false)).as((g, m, f, d, text) -> new Set(
            renumber(g, (x, i) -> new Grant("grant." + i, x.who(), x.port(), x.purpose(), x.expires())),
            renumber(m, (x, i) -> new MaskEntry(new MaskingRule("mask." + i, x.rule().classification(),
                x.rule().who(), x.rule().method(), x.rule().keepLast(), x.rule().keyId(), x.rule().rollout(),
                x.rule().column()), x.exempt())),
            renumber(f, (x, i) -> RowFilterRule.of("rows." + i, x.port(), x.who(), x.filter())), d, text));
  }

  private static <T> List<T> renumber(List<T> in, java.util.function.BiFunction<T, Integer, T> rename) {
    List<T> out = new ArrayList<>();
    for (int i = 0; i < in.size(); i++) {
      out.add(rename.apply(in.get(i), i));
    }
    return out;
  }
}
