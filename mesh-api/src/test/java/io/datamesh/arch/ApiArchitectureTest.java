package io.datamesh.arch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiArchitectureTest {
  private static final JavaClasses API = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.datamesh.api");
  private static final JavaClasses FIXTURE = new ClassFileImporter().importPackages("io.datamesh.archfixture");

  @Test
  void the_api_depends_on_no_arrow_jackson_caffeine_or_slf4j_type() {
    assertThat(API.size()).as("classes imported").isGreaterThan(20);
    ArchitectureRules.noDependencies("io.datamesh.api", "org.apache.arrow..", "com.fasterxml..",
        "com.github.benmanes..", "org.slf4j..").check(API);
  }

  @Test
  void the_api_has_no_package_cycles() {
    ArchitectureRules.noPackageCycles("io.datamesh").check(API);
  }

  @Test
  void the_api_exposes_no_internal_type() {
    ArchitectureRules.noForbiddenTypesInExportedSignatures("io.datamesh.api", "io.datamesh.api.internal")
        .check(API);
  }

  @Test
  void public_api_classes_are_final_unless_designed_for_extension() {
    ArchitectureRules.publicClassesAreFinal("io.datamesh.api", Set.of("io.datamesh.api.MeshException"))
        .check(API);
  }

  @Test
  void each_rule_fails_on_code_that_breaks_it() {
    assertThatThrownBy(() -> ArchitectureRules.noPackageCycles("io.datamesh").check(FIXTURE))
        .isInstanceOf(AssertionError.class).hasMessageContaining("cycle");
    assertThatThrownBy(() -> ArchitectureRules.noForbiddenTypesInExportedSignatures("io.datamesh.archfixture",
        "io.datamesh.archfixture.internal").check(FIXTURE))
        .isInstanceOf(AssertionError.class).hasMessageContaining("exposes io.datamesh.archfixture.internal.Hidden");
    assertThatThrownBy(() -> ArchitectureRules.publicClassesAreFinal("io.datamesh.archfixture", Set.of())
        .check(FIXTURE)).isInstanceOf(AssertionError.class).hasMessageContaining("Exposed");
    assertThatThrownBy(() -> ArchitectureRules.noDependencies("io.datamesh.archfixture.cycle",
        "io.datamesh.archfixture").check(FIXTURE)).isInstanceOf(AssertionError.class);
  }
}
