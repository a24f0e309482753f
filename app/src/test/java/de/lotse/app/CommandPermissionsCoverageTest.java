package de.lotse.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import de.lotse.platform.messaging.CommandPermissions;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandHandler;
import org.junit.jupiter.api.Test;

/**
 * Every command some handler of Lotse takes is in the role table of {@link CommandPermissions}:
 * a new command without a permission would otherwise be refused to everyone, and found out only
 * when someone tries it.
 */
class CommandPermissionsCoverageTest {

    @Test
    void namesThePermissionOfEveryCommandAHandlerTakes() {
        var handled = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("de.lotse").stream()
                        .flatMap(type -> type.getCodeUnits().stream())
                        .filter(unit -> unit.isAnnotatedWith(CommandHandler.class))
                        .map(JavaCodeUnit::getRawParameterTypes)
                        .filter(parameters -> !parameters.isEmpty())
                        .map(parameters -> parameters.get(0))
                        .map(JavaClass::reflect)
                        .collect(Collectors.toSet());

        assertThat(handled).hasSizeGreaterThan(15);
        assertThat(CommandPermissions.REQUIRED.keySet()).containsAll(handled);
    }
}
