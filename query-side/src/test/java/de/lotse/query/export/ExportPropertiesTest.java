package de.lotse.query.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExportPropertiesTest {

    @Test
    void neverPrintsThePseudonymSecret() {
        assertThat(new ExportProperties("pseudo-s3cr3t").toString()).doesNotContain("s3cr3t");
    }
}
