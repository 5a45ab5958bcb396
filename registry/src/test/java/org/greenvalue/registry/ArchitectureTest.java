package org.greenvalue.registry;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.web.bind.annotation.RestController;

@AnalyzeClasses(
    packages = "org.greenvalue.registry",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule controllersArePackagePrivate =
      classes().that().areAnnotatedWith(RestController.class).should().notBePublic();

  @ArchTest
  static final ArchRule featuresDoNotReachIntoEachOther =
      noClasses()
          .that()
          .resideInAPackage("..registry.trust..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..registry.status..", "..registry.keys..");

  @ArchTest
  static final ArchRule onlyTheLedgerConfigurationStartsADevChain =
      noClasses()
          .that()
          .resideOutsideOfPackage("..registry.system.ledger..")
          .should()
          .dependOnClassesThat()
          .haveSimpleName("DevChain");
}
