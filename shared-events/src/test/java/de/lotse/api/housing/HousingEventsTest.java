package de.lotse.api.housing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.stream.Collectors;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

class HousingEventsTest {

    @Test
    void listsEveryHousingEventWithAStableNameAndRevision() {
        var declared = new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("de.lotse.api.housing")
                        .stream()
                        .filter(type -> type.isAssignableTo(HousingEvent.class) && !type.isInterface())
                        .map(JavaClass::getName)
                        .collect(Collectors.toSet());

        assertThat(HousingEvents.TYPES.stream().map(Class::getName)).containsExactlyInAnyOrderElementsOf(declared);
        assertThat(HousingEvents.TYPES).allSatisfy(type -> {
            assertThat(type.getAnnotation(JsonTypeName.class).value()).isEqualTo(type.getSimpleName());
            assertThat(type.getAnnotation(Revision.class)).isNotNull();
        });
    }

    @Test
    void namesEveryRuleAsAProblemSlug() {
        assertThat(HousingRule.UNIT_OCCUPIED.slug()).isEqualTo("unit-occupied");
        assertThat(HousingRule.OCCUPANCY_RIGHT_OVERLAPS.slug()).isEqualTo("occupancy-right-overlaps");
    }
}
