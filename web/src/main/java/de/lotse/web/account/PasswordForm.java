package de.lotse.web.account;

import de.lotse.api.account.ChangePassword;
import de.lotse.api.account.Secret;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A new password, typed twice, with the current one as proof. */
record PasswordForm(
        @NotBlank @Size(max = 200) @Nullable String currentPassword,
        @NotBlank @Size(max = 200) @Nullable String newPassword,
        @NotBlank @Size(max = 200) @Nullable String repeatedPassword) {

    static PasswordForm blank() {
        return new PasswordForm(null, null, null);
    }

    Secret chosen() {
        return new Secret(Objects.requireNonNull(newPassword));
    }

    boolean repeatedAlike() {
        return Objects.equals(newPassword, repeatedPassword);
    }

    ChangePassword toCommand(String username) {
        return new ChangePassword(username, new Secret(Objects.requireNonNull(currentPassword)), chosen());
    }

    @Override
    public String toString() {
        return "PasswordForm[secrets hidden]";
    }
}
