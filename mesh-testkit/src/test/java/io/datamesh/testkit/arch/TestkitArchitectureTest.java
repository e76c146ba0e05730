package io.datamesh.testkit.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.datamesh.arch.ArchitectureRules;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TestkitArchitectureTest {
  private static final JavaClasses TESTKIT = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.datamesh.testkit");

  @Test
  void only_the_assertj_package_uses_assertj_and_only_the_jqwik_package_uses_jqwik() {
    assertThat(TESTKIT.size()).as("classes imported").isGreaterThan(10);
    noClasses().that().resideOutsideOfPackage("io.datamesh.testkit.assertj..")
        .should().dependOnClassesThat().resideInAPackage("org.assertj..")
        .because("AssertJ is an optional dependency of the testkit").check(TESTKIT);
    noClasses().that().resideOutsideOfPackage("io.datamesh.testkit.jqwik..")
        .should().dependOnClassesThat().resideInAPackage("net.jqwik..")
        .because("jqwik is an optional dependency of the testkit").check(TESTKIT);
  }

  @Test
  void the_framework_free_package_does_not_depend_on_junit() {
    noClasses().that().resideInAPackage("io.datamesh.testkit")
        .should().dependOnClassesThat().resideInAPackage("org.junit..").check(TESTKIT);
  }

  @Test
  void testkit_packages_have_no_cycles_and_public_classes_are_final() {
    ArchitectureRules.noPackageCycles("io.datamesh").check(TESTKIT);
    ArchitectureRules.publicClassesAreFinal("io.datamesh.testkit", Set.of()).check(TESTKIT);
  }
}
