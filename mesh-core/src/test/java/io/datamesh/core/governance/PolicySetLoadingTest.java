package io.datamesh.core.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import io.datamesh.api.Owner;
import io.datamesh.api.policy.PolicyTrigger;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A policy set loads the same from the class path, a file, a file: URL and a jar: URL. */
class PolicySetLoadingTest {
  private static final String YAML = "name: acme-global\nversion: 2.1.0\npolicies:\n  - id: acme.owner-email\n"
      + "    description: The owner is an e-mail address.\n    fix: use an e-mail\n"
      + "    rule: {matches: {path: /info/owner/id, pattern: '[^@\\s]+@[^@\\s]+'}}\n";

  @TempDir
  Path dir;

  private static void assertAcme(PolicySet set) {
    assertThat(set.name()).isEqualTo("acme-global");
    assertThat(set.version()).isEqualTo("2.1.0");
    assertThat(set.policy("acme.owner-email")).isPresent();
    var bad = Fixtures.product("orders", "1.0.0", "sales").setOwner(Owner.of("orders team"))
        .addOutputPort(io.datamesh.api.OutputPort.builder("orders")
            .setContract(Fixtures.contract("orders", "1.0.0").build())).build();
    assertThat(Governance.evaluate(bad, set, PolicyTrigger.BUILD).blocking()).hasSize(1);
    assertThat(Governance.evaluate(Fixtures.compliant(), set, PolicyTrigger.BUILD).blocking()).isEmpty();
  }

  @Test
  void loads_from_the_class_path() {
    assertAcme(PolicySet.loadResource("governance/acme.yaml"));
  }

  @Test
  void loads_from_a_file_and_a_file_url() throws Exception {
    Path file = Files.writeString(dir.resolve("acme.yaml"), YAML);
    assertAcme(PolicySet.load(file));
    assertAcme(PolicySet.load(file.toUri().toURL()));
    assertThat(PolicySet.load(file).source()).isEqualTo(file.toString());
  }

  @Test
  void loads_from_a_jar_url() throws Exception {
    Path jar = dir.resolve("policies.jar");
    try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
      j.putNextEntry(new JarEntry("governance/acme.yaml"));
      j.write(YAML.getBytes(StandardCharsets.UTF_8));
    }
    assertAcme(PolicySet.load(new URL("jar:" + jar.toUri() + "!/governance/acme.yaml")));
  }

  @Test
  void missing_sources_say_what_was_looked_for() {
    assertThatThrownBy(() -> PolicySet.loadResource("governance/none.yaml")).isInstanceOf(MeshException.class)
        .hasMessageContaining("governance/none.yaml").hasMessageContaining("src/main/resources")
        .satisfies(e -> assertThat(((MeshException) e).status()).isEqualTo(MeshStatus.NOT_FOUND));
    assertThatThrownBy(() -> PolicySet.load(dir.resolve("none.yaml"))).hasMessageContaining("none.yaml");
  }

  @Test
  void an_error_in_a_file_names_the_file_and_line() throws Exception {
    Path file = Files.writeString(dir.resolve("broken.yaml"), YAML.replace("matches:", "resembles:"));
    assertThatThrownBy(() -> PolicySet.load(file)).hasMessageContaining(file + ":7")
        .hasMessageContaining("policy 'acme.owner-email'").hasMessageContaining("unknown operator 'resembles'");
  }

  @Test
  void the_built_ins_load_and_a_set_can_be_composed_in_code() {
    PolicySet combined = PolicySet.builder().setName("acme").setVersion("3.0.0").addPolicies(PolicySet.builtIns())
        .addPolicies(PolicySet.loadResource("governance/acme.yaml")).build();
    assertThat(combined.policies()).hasSize(PolicySet.builtIns().policies().size() + 1);
    assertThat(combined.taxonomy()).contains(ClassificationTaxonomy.defaults());
    assertThatThrownBy(() -> PolicySet.builder().addPolicies(PolicySet.builtIns()).addPolicies(PolicySet.builtIns()))
        .hasMessageContaining("already has a policy 'mesh.owner-required'");
  }
}
