package org.greenvalue.credentials.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The credentials library stays a plain library: no framework, no service code, no I/O stacks. */
class LibraryBoundariesTest {

  private final JavaClasses library =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.greenvalue.credentials");

  @Test
  void dependsOnNoFrameworkOrService() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework..",
            "jakarta.persistence..",
            "org.web3j..",
            "org.greenvalue.registry..",
            "org.greenvalue.issuer..",
            "org.greenvalue.verifier..",
            "org.greenvalue.evidence..")
        .check(library);
  }

  @Test
  void keysKnowNothingOfCredentialFormats() {
    noClasses()
        .that()
        .resideInAPackage("org.greenvalue.credentials.keys..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.greenvalue.credentials.jose..",
            "org.greenvalue.credentials.dataintegrity..",
            "org.greenvalue.credentials.model..",
            "com.nimbusds..")
        .check(library);
  }
}
