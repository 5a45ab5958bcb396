package org.greenvalue.registry;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@AnalyzeClasses(
    packages = "org.greenvalue.registry",
    importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NotTheClient.class})
class ArchitectureTest {

  /**
   * The registry's own classes: {@code registry-client} (org.greenvalue.registry.client), on the
   * classpath through the verification library, is another module with its own boundaries.
   */
  static final class NotTheClient implements ImportOption {
    @Override
    public boolean includes(Location location) {
      return !location.contains("/org/greenvalue/registry/client/");
    }
  }

  @ArchTest
  static final ArchRule controllersArePackagePrivate =
      classes().that().areAnnotatedWith(RestController.class).should().notBePublic();

  /** The trust registry signs its exported list with the registry's key, and uses nothing else. */
  @ArchTest
  static final ArchRule featuresDoNotReachIntoEachOther =
      noClasses()
          .that()
          .resideInAPackage("..registry.trust..")
          .should()
          .dependOnClassesThat(
              resideInAnyPackage(
                      "..registry.status..",
                      "..registry.greenvalue..",
                      "org.greenvalue.service.keys..")
                  .or(resideInAPackage("..registry.keys..").and(not(simpleName("RegistryKeys")))));

  /**
   * Errors, security chains and the embedded database come from service-kit: the registry declares
   * only its {@code AccessRules}, and does not grow its own copies of the plumbing again.
   */
  @ArchTest
  static final ArchRule thePlumbingComesFromTheKit =
      noClasses()
          .should()
          .beAnnotatedWith(ControllerAdvice.class)
          .orShould()
          .beAnnotatedWith(RestControllerAdvice.class)
          .orShould()
          .implement(ErrorController.class)
          .orShould()
          .implement(AuthenticationEntryPoint.class)
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName(SecurityFilterChain.class.getName())
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("io.zonky.test.db.postgres.embedded.EmbeddedPostgres");

  /**
   * A service may depend on the libraries (verification, credentials, contracts, ...), never on
   * another service or the CLI.
   */
  @ArchTest
  static final ArchRule servicesDependOnLibrariesNotOnOtherServices =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.greenvalue.issuer..", "org.greenvalue.verifier..", "org.greenvalue.cli..");

  /**
   * One verification engine: the mint decision verifies claims through the {@code verification}
   * engine and its mint policy, not with verifiers of its own (credential proofs, anchor receipts,
   * status lists).
   */
  @ArchTest
  static final ArchRule lotsVerifyClaimsOnlyThroughTheEngine =
      noClasses()
          .that()
          .resideInAPackage("..registry.greenvalue..")
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName("org.greenvalue.credentials.securing.CredentialVerifier")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("org.greenvalue.ledger.anchor.ReceiptVerifier")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("org.greenvalue.credentials.status.StatusListCheck");

  @ArchTest
  static final ArchRule onlyTheLedgerConfigurationStartsADevChain =
      noClasses()
          .that()
          .resideOutsideOfPackage("..registry.system.ledger..")
          .should()
          .dependOnClassesThat()
          .haveSimpleName("DevChain");
}
