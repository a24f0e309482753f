package de.lotse.command;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.spring.stereotype.Aggregate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RestController;

@AnalyzeClasses(packages = "de.lotse.command", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule neverReachesIntoTheQuerySide = noClasses()
            .that()
            .resideInAPackage("de.lotse.command..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("de.lotse.query..");

    @ArchTest
    static final ArchRule controllersNeverTouchTheAggregate = noClasses()
            .that()
            .areAnnotatedWith(RestController.class)
            .should()
            .dependOnClassesThat()
            .areAnnotatedWith(Aggregate.class);

    @ArchTest
    static final ArchRule controllersNeverTouchATable = noClasses()
            .that()
            .areAnnotatedWith(RestController.class)
            .should()
            .dependOnClassesThat()
            .areAssignableTo(JdbcClient.class)
            .orShould()
            .dependOnClassesThat()
            .resideInAPackage("de.lotse.command.intake..");
}
