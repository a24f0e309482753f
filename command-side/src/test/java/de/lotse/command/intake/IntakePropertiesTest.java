package de.lotse.command.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IntakePropertiesTest {

    @Test
    void neverPrintsTheHashSecret() {
        assertThat(new IntakeProperties("s3cr3t-of-the-register").toString())
                .doesNotContain("s3cr3t")
                .contains("hidden");
    }
}
