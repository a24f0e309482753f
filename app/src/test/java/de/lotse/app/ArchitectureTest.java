package de.lotse.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module boundaries, checked over every Lotse class at once: the two sides never know each
 * other, the published language stays free of Spring, the shared platform knows neither side,
 * and packages are features, never layers.
 */
class ArchitectureTest {

    private static JavaClasses lotse;

    @BeforeAll
    static void importClasses() {
        lotse = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("de.lotse");
    }

    @Test
    void commandSideNeverDependsOnQuerySide() {
        noClasses()
                .that()
                .resideInAPackage("de.lotse.command..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("de.lotse.query..")
                .check(lotse);
    }

    @Test
    void querySideNeverDependsOnCommandSide() {
        noClasses()
                .that()
                .resideInAPackage("de.lotse.query..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("de.lotse.command..")
                .check(lotse);
    }

    @Test
    void publishedLanguageHasNoSpring() {
        noClasses()
                .that()
                .resideInAPackage("de.lotse.api..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.springframework..")
                .check(lotse);
    }

    @Test
    void platformKnowsNeitherSide() {
        noClasses()
                .that()
                .resideInAPackage("de.lotse.platform..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("de.lotse.command..", "de.lotse.query..", "de.lotse.web..")
                .check(lotse);
    }

    @Test
    void packagesAreFeaturesNotLayers() {
        noClasses()
                .should()
                .resideInAnyPackage("..controller..", "..service..", "..repository..", "..dto..", "..util..")
                .allowEmptyShould(true)
                .check(lotse);
    }
}
