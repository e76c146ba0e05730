package io.datamesh.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The architecture rules of ARCHITECTURE.md and STYLE.md, shared by every module's tests through mesh-api's test jar.
 * Each rule is a function so that a test can also run it on deliberately bad classes and see it fail.
 */
public final class ArchitectureRules {
  private ArchitectureRules() {}

  /** No package cycles among the packages under {@code root}. */
  public static ArchRule noPackageCycles(String root) {
    return slices().matching(root + ".(**)").should().beFreeOfCycles().allowEmptyShould(true);
  }

  /** No class under {@code pkg} depends on any of the forbidden packages (ArchUnit package patterns). */
  public static ArchRule noDependencies(String pkg, String... forbidden) {
    return noClasses().that().resideInAPackage(pkg + "..").should().dependOnClassesThat()
        .resideInAnyPackage(forbidden).allowEmptyShould(true);
  }

  /**
   * No type from a forbidden package appears in an exported signature: public or protected fields, methods and
   * constructors of public classes outside {@code ..internal..} packages under {@code pkg}.
   */
  public static ArchRule noForbiddenTypesInExportedSignatures(String pkg, String... forbiddenPrefixes) {
    return classes().that().resideInAPackage(pkg + "..").and().arePublic()
        .and().resideOutsideOfPackage("..internal..")
        .should(exposeNoTypesFrom(List.of(forbiddenPrefixes))).allowEmptyShould(true);
  }

  /** Public classes are final unless they are interfaces, enums, records, abstract or listed as extensible. */
  public static ArchRule publicClassesAreFinal(String pkg, Set<String> designedForExtension) {
    return classes().that().resideInAPackage(pkg + "..").and().arePublic().and().areNotInterfaces()
        .and().areNotEnums().and().areNotRecords().and().areNotAnnotations()
        .and(notNamed(designedForExtension))
        .should().haveModifier(JavaModifier.FINAL).allowEmptyShould(true);
  }

  private static DescribedPredicate<JavaClass> notNamed(Set<String> names) {
    return DescribedPredicate.describe("not designed for extension " + names,
        c -> !names.contains(c.getName()) && !c.getModifiers().contains(JavaModifier.ABSTRACT));
  }

  private static ArchCondition<JavaClass> exposeNoTypesFrom(List<String> prefixes) {
    return new ArchCondition<>("expose no types from " + prefixes + " in public signatures") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        for (JavaMember m : c.getMembers()) {
          if (!isExported(m)) {
            continue;
          }
          for (JavaClass t : involvedTypes(m)) {
            for (String p : prefixes) {
              if (t.getName().startsWith(p)) {
                events.add(SimpleConditionEvent.violated(m, m.getFullName() + " exposes " + t.getName()
                    + " in its signature (" + m.getSourceCodeLocation() + ")"));
              }
            }
          }
        }
      }
    };
  }

  private static boolean isExported(JavaMember m) {
    Set<JavaModifier> mods = m.getModifiers();
    return mods.contains(JavaModifier.PUBLIC) || mods.contains(JavaModifier.PROTECTED);
  }

  private static Set<JavaClass> involvedTypes(JavaMember m) {
    Set<JavaClass> types = new HashSet<>();
    if (m instanceof JavaField f) {
      types.addAll(f.getType().getAllInvolvedRawTypes());
    } else if (m instanceof JavaCodeUnit u) {
      types.addAll(u.getReturnType().getAllInvolvedRawTypes());
      for (JavaParameter p : u.getParameters()) {
        types.addAll(p.getType().getAllInvolvedRawTypes());
      }
      types.addAll(u.getExceptionTypes());
    }
    return types;
  }
}
