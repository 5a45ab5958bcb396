package org.greenvalue.ledger.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The ledger client is a library the registry, the verifier and the operator's tools share: no
 * framework, no service code, no command line (the commands live in {@code ledger-tools}), and the
 * chain's JSON-RPC reached only through the transaction layer and the {@code Web3j…} adapters.
 */
class LibraryBoundariesTest {

  private final JavaClasses library =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.greenvalue.ledger");

  @Test
  void dependsOnNoFrameworkServiceOrCommandLine() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework..",
            "picocli..",
            "org.greenvalue.credentials..",
            "org.greenvalue.verification..",
            "org.greenvalue.registry..",
            "org.greenvalue.issuer..",
            "org.greenvalue.verifier..",
            "org.greenvalue.cli..")
        .check(library);
  }

  @Test
  void theChainIsReachedOnlyThroughTheTransactionLayerAndTheWeb3jAdapters() {
    noClasses()
        .that()
        .resideOutsideOfPackages(
            "org.greenvalue.ledger.tx..",
            "org.greenvalue.ledger.chain..",
            "org.greenvalue.ledger.wrappers..")
        .and()
        .haveSimpleNameNotStartingWith("Web3j")
        .and()
        .doNotHaveSimpleName("Roles") // encodes AccessControl calls through the generated wrappers
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.web3j.protocol..")
        .check(library);
  }
}
