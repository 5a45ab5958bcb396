package org.greenvalue.registry.client.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The registry's client stays small enough for any caller, the verification library included: the
 * JDK's HTTP client and Jackson, nothing of Spring, and nothing of this project but itself (not the
 * registry service, whose API it speaks only over HTTP, nor a library that might one day depend on
 * it).
 */
class LibraryBoundariesTest {

  private final JavaClasses client =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.greenvalue.registry.client");

  @Test
  void usesOnlyTheJdkAndJackson() {
    classes()
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "com.fasterxml.jackson..", "org.greenvalue.registry.client..")
        .check(client);
  }

  @Test
  void dependsOnNoOtherModuleOfTheProject() {
    noClasses()
        .should()
        .dependOnClassesThat(
            resideInAPackage("org.greenvalue..")
                .and(resideOutsideOfPackage("org.greenvalue.registry.client..")))
        .check(client);
  }
}
