package io.datamesh.core.governance;

import static org.assertj.core.api.Assertions.assertThat;

import io.datamesh.api.policy.Finding;
import io.datamesh.api.policy.Policy;
import io.datamesh.api.policy.PolicySubject;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** Every built-in shipped as YAML agrees with its independently written Java twin on generated products. */
class BuiltInDifferentialProperties {
  private static final List<Policy> YAML = PolicySet.builtIns().policies().stream()
      .filter(p -> p instanceof YamlPolicy).toList();

  @Provide
  Arbitrary<PolicySubject> subjects() {
    return Arbitraries.randomValue(RandomProducts::subject);
  }

  @Property(tries = 400)
  void yaml_built_ins_and_their_java_twins_fail_the_same_subjects(@ForAll("subjects") PolicySubject subject) {
    assertThat(YAML).hasSizeGreaterThanOrEqualTo(10);
    for (Policy yaml : YAML) {
      Policy twin = BuiltInPolicies.twin(yaml);
      Set<String> fromYaml = failing(yaml.evaluate(subject));
      Set<String> fromJava = failing(twin.evaluate(subject));
      assertThat(fromYaml).as("%s on %s", yaml.id(), Governance.descriptorJson(subject)).isEqualTo(fromJava);
    }
  }

  @Property(tries = 400)
  void the_generator_makes_every_built_in_both_pass_and_fail(@ForAll("subjects") PolicySubject subject) {
    for (Policy yaml : YAML) {
      Statistics.label(yaml.id()).collect(failing(yaml.evaluate(subject)).isEmpty() ? "pass" : "fail")
          .coverage(c -> {
            c.check("pass").percentage(p -> p > 3);
            if (!yaml.id().equals("mesh.output-port-contract")) { // OutputPort is sealed: it always has one
              c.check("fail").percentage(p -> p > 3);
            }
          });
    }
  }

  private static Set<String> failing(List<Finding> findings) {
    Set<String> out = new TreeSet<>();
    findings.stream().filter(f -> !f.passed()).forEach(f -> out.add(f.subject()));
    return out;
  }
}
