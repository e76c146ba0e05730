package io.datamesh.arrow.arch;

import io.datamesh.arch.ArchitectureRules;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArrowArchitectureTest {
  private static final JavaClasses ARROW = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.datamesh.arrow");

  @Test
  void mesh_arrow_makes_no_decisions_it_never_depends_on_core_jackson_or_caffeine() {
    ArchitectureRules.noDependencies("io.datamesh.arrow", "io.datamesh.core..", "com.fasterxml..",
        "com.github.benmanes..").check(ARROW);
  }

  @Test
  void exported_arrow_signatures_expose_no_internal_or_slf4j_type() {
    ArchitectureRules.noForbiddenTypesInExportedSignatures("io.datamesh.arrow", "io.datamesh.arrow.internal.",
        "org.slf4j.").check(ARROW);
  }

  @Test
  void arrow_packages_have_no_cycles() {
    ArchitectureRules.noPackageCycles("io.datamesh").check(ARROW);
  }

  @Test
  void public_arrow_classes_are_final_unless_designed_for_extension() {
    ArchitectureRules.publicClassesAreFinal("io.datamesh.arrow", Set.of()).check(ARROW);
  }
}
