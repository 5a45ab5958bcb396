package org.greenvalue.verification.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The verification engine stays a plain library that the CLI and the services (the verifier's
 * reports, the registry's mint decision) depend on, never the other way round: no framework, no
 * service code; CEL stays inside the eligibility package and web3j behind the ledger client. Of the
 * registry it knows only its HTTP client ({@code registry-client}, plain Java), never the service.
 */
class LibraryBoundariesTest {

  private final JavaClasses library =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.greenvalue.verification");

  @Test
  void dependsOnNoFrameworkOrService() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework..",
            "org.web3j..",
            "org.greenvalue.issuer..",
            "org.greenvalue.verifier..",
            "org.greenvalue.cli..")
        .check(library);
  }

  @Test
  void knowsTheRegistryOnlyThroughItsClient() {
    noClasses()
        .should()
        .dependOnClassesThat(
            resideInAPackage("org.greenvalue.registry..")
                .and(resideOutsideOfPackage("org.greenvalue.registry.client..")))
        .as("the verification library depends on no registry package but its client's")
        .check(library);
  }

  @Test
  void celStaysInsideEligibility() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.greenvalue.verification.eligibility..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.cel..", "com.google.protobuf..")
        .check(library);
  }
}
