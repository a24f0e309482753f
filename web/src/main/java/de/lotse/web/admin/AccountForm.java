package de.lotse.web.admin;

import de.lotse.api.access.Role;
import de.lotse.api.account.OpenAccount;
import de.lotse.api.account.Secret;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A new account as an administrator enters it, with the API's constraints ({@code accounts.md}):
 * a user name of lower-case letters first, then letters, digits and {@code . _ -}, 2 to 40
 * characters; a display name; at least one role. The password is a one-time one Lotse draws.
 */
record AccountForm(
        @NotNull @Pattern(regexp = "^[a-z][a-z0-9._-]{1,39}$") @Nullable String username,

        @NotBlank @Size(max = 200) @Nullable String displayName,
        @NotEmpty @Nullable Set<Role> roles) {

    static AccountForm blank() {
        return new AccountForm(null, null, Set.of());
    }

    OpenAccount toCommand(Secret oneTimePassword) {
        return new OpenAccount(
                Objects.requireNonNull(username),
                Objects.requireNonNull(displayName).strip(),
                Objects.requireNonNull(roles),
                oneTimePassword,
                true);
    }
}
