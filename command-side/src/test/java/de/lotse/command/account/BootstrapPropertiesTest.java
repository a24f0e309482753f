package de.lotse.command.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BootstrapPropertiesTest {

    @Test
    void neverPrintsThePasswords() {
        assertThat(new BootstrapProperties(true, "demo-pass-123", "admin-pass-456").toString())
                .doesNotContain("demo-pass")
                .doesNotContain("admin-pass");
    }

    @Test
    void opensDemoAccountsOnlyWithADemoPassword() {
        assertThat(new BootstrapProperties(null, "demo", null).opensDemoAccounts())
                .isTrue();
        assertThat(new BootstrapProperties(null, null, null).opensDemoAccounts())
                .isFalse();
        assertThat(new BootstrapProperties(false, "demo", null).opensDemoAccounts())
                .isFalse();
    }
}
