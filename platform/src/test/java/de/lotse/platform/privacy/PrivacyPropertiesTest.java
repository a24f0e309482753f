package de.lotse.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrivacyPropertiesTest {

    @Test
    void neverPrintsTheMasterKey() {
        var key = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
        assertThat(new PrivacyProperties(key).toString()).doesNotContain(key).contains("hidden");
    }
}
