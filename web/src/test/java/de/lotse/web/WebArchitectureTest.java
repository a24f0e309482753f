package de.lotse.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;

/**
 * The UI reaches the sides only as the API does: through Axon's gateways, with the published
 * language of shared-events, and never by knowing a side's classes. Only {@code Gateways} touches
 * Axon's gateways, so that every refusal is read in one place.
 */
class WebArchitectureTest {

    private static JavaClasses web;

    @BeforeAll
    static void importClasses() {
        web = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("de.lotse.web");
    }

    @Test
    void webKnowsNeitherSide() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("de.lotse.command..", "de.lotse.query..")
                .check(web);
    }

    @Test
    void onlyGatewaysTalksToAxon() {
        noClasses()
                .that()
                .doNotHaveSimpleName("Gateways")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.axonframework.commandhandling.gateway.CommandGateway")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.axonframework.queryhandling.QueryGateway")
                .check(web);
    }

    @Test
    void controllersArePackagePrivate() {
        classes()
                .that()
                .areAnnotatedWith(Controller.class)
                .should()
                .notBePublic()
                .check(web);
    }
}
