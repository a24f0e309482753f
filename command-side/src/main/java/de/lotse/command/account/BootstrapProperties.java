package de.lotse.command.account;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The accounts of a first start ({@code accounts.md}): {@code LOTSE_ADMIN_PASSWORD} for the first
 * administrator (else a one-time password is logged once), and the demo accounts, opened only
 * when {@code LOTSE_DEMO_PASSWORD} is set and {@code LOTSE_DEMO_USERS} is not {@code false}.
 */
@ConfigurationProperties("lotse")
record BootstrapProperties(
        @Nullable Boolean demoUsers,
        @Nullable String demoPassword,
        @Nullable String adminPassword) {

    boolean opensDemoAccounts() {
        return (demoUsers == null || demoUsers) && demoPassword != null && !demoPassword.isBlank();
    }

    @Override
    public String toString() {
        return "BootstrapProperties[demoUsers=" + demoUsers + ", passwords hidden]";
    }
}
