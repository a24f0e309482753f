package de.lotse.command.account;

import de.lotse.api.account.ChangePassword;
import de.lotse.api.account.Secret;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new password, with the current one as proof; the policy on the new one is checked by the controller. */
record PasswordChangeRequest(
        @NotNull @Size(max = 200) String currentPassword,
        @NotNull @Size(max = 200) String newPassword) {

    ChangePassword toCommand(String username) {
        return new ChangePassword(username, new Secret(currentPassword), new Secret(newPassword));
    }

    @Override
    public String toString() {
        return "PasswordChangeRequest[secrets hidden]";
    }
}
