package org.greenvalue.evidence.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The evidence-pack format is a plain library that an assurance provider can run on its own: it
 * knows archives, JSON, canonical JSON and hashes, and nothing of credentials, ledgers, services or
 * frameworks.
 */
class LibraryBoundariesTest {

  private final JavaClasses library =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.greenvalue.evidence");

  @Test
  void dependsOnlyOnTheJdkCommonAndItsFormatLibraries() {
    classes()
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..",
            "jakarta.json..",
            "org.apache.commons.compress..",
            "com.apicatalog.jcs..",
            "org.greenvalue.common..",
            "org.greenvalue.evidence..")
        .check(library);
  }

  @Test
  void safeUnpackingKnowsNothingOfPackBuilding() {
    noClasses()
        .that()
        .resideInAPackage("org.greenvalue.evidence.archive..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.greenvalue.evidence.build..", "org.greenvalue.evidence.disclosure..")
        .check(library);
  }
}
