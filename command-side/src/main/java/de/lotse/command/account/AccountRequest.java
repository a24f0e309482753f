package de.lotse.command.account;

import de.lotse.api.access.Role;
import de.lotse.api.account.OpenAccount;
import de.lotse.api.account.Secret;
import de.lotse.platform.security.Accounts;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** A new account as an administrator enters it; the password is a one-time one Lotse draws. */
record AccountRequest(
        @NotNull @Pattern(regexp = USERNAME, message = "must match " + USERNAME) String username,

        @NotBlank @Size(max = 200) String displayName,
        @NotEmpty Set<@NotNull Role> roles) {

    static final String USERNAME = Accounts.USERNAME;

    OpenAccount toCommand(Secret oneTimePassword) {
        return new OpenAccount(username, displayName.strip(), roles, oneTimePassword, true);
    }
}
