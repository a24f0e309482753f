package de.lotse.app.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChromiumInstalledTest {

    @TempDir
    Path dir;

    @Test
    void runsTheBrowserTestsWhereBothProgramsAreInstalled() throws Exception {
        var installed = List.of(program("chromium"), program("chromedriver"));

        assertThat(new ChromiumInstalled(installed, true).evaluate().isDisabled())
                .isFalse();
    }

    @Test
    void skipsThemNamingTheMissingProgramAndTheInstallCommand() throws Exception {
        var missing = dir.resolve("chromedriver");

        var result = new ChromiumInstalled(List.of(program("chromium"), missing), false).evaluate();

        assertThat(result.isDisabled()).isTrue();
        assertThat(result.getReason())
                .hasValueSatisfying(reason -> assertThat(reason)
                        .contains(missing.toString())
                        .contains("apt-get install chromium chromium-driver"));
    }

    @Test
    void failsWhenTheyAreRequiredAndTheBrowserIsMissing() {
        var missing = dir.resolve("chromium");

        assertThatIllegalStateException()
                .isThrownBy(() -> new ChromiumInstalled(List.of(missing), true).evaluate())
                .withMessageContaining("lotse.browser-tests=required")
                .withMessageContaining(missing.toString());
    }

    private Path program(String name) throws Exception {
        var program = Files.createFile(dir.resolve(name));
        assertThat(program.toFile().setExecutable(true)).isTrue();
        return program;
    }
}
