package de.lotse.platform.security;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings for the demo users of the contract. {@code demoPassword} comes from
 * {@code LOTSE_DEMO_PASSWORD}; when it is unset a random password is generated and logged once.
 */
@ConfigurationProperties("lotse")
record SecurityProperties(
        @Nullable Boolean demoUsers, @Nullable String demoPassword) {

    boolean demoUsersEnabled() {
        return demoUsers == null || demoUsers;
    }
}
