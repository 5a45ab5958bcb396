package org.greenvalue.issuer;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.web.bind.annotation.RestController;

@AnalyzeClasses(
    packages = "org.greenvalue.issuer",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule controllersArePackagePrivate =
      classes().that().areAnnotatedWith(RestController.class).should().notBePublic();

  @ArchTest
  static final ArchRule theRegistryIsReachedOnlyThroughItsClient =
      noClasses()
          .should()
          .dependOnClassesThat(
              resideInAPackage("org.greenvalue.registry..")
                  .and(resideOutsideOfPackage("org.greenvalue.registry.client..")));

  @ArchTest
  static final ArchRule theIssuingCoreDoesNotKnowTheEndpointsBuiltOnIt =
      noClasses()
          .that()
          .resideInAnyPackage("..issuer.issuing..", "..issuer.orgs..", "..issuer.status..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "..issuer.footprints..",
              "..issuer.reduction..",
              "..issuer.assurance..",
              "..issuer.pact..");
}
