package io.datamesh.core.arch;

import io.datamesh.arch.ArchitectureRules;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CoreArchitectureTest {
  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.datamesh.core");

  @Test
  void exported_core_signatures_expose_no_jackson_caffeine_slf4j_re2j_or_internal_type() {
    assertThat(CORE.size()).as("classes imported").isGreaterThan(5);
    ArchitectureRules.noForbiddenTypesInExportedSignatures("io.datamesh.core", "com.fasterxml.",
        "com.github.benmanes.", "org.slf4j.", "com.google.re2j.", "io.datamesh.core.internal.",
        "io.datamesh.arrow.internal.").check(CORE);
  }

  @Test
  void core_packages_have_no_cycles() {
    ArchitectureRules.noPackageCycles("io.datamesh").check(CORE);
  }

  @Test
  void public_core_classes_are_final_unless_designed_for_extension() {
    ArchitectureRules.publicClassesAreFinal("io.datamesh.core", Set.of()).check(CORE);
  }

  @Test
  void core_never_depends_on_the_testkit_or_an_extension_module() {
    ArchitectureRules.noDependencies("io.datamesh.core", "io.datamesh.testkit..", "io.datamesh.flight..",
        "io.datamesh.duckdb..").check(CORE);
  }
}
