package de.lotse.api.account;

import java.util.List;

/** The catalogue of an account's stored event types; a test keeps it complete. */
public final class AccountEvents {

    public static final List<Class<? extends AccountEvent>> TYPES = List.of(
            AccountOpened.class,
            RolesChanged.class,
            AccountDisabled.class,
            AccountEnabled.class,
            PasswordReset.class,
            PasswordChanged.class,
            ApiTokenIssued.class,
            ApiTokenRevoked.class);

    private AccountEvents() {}
}
