package de.lotse.command.account;

import de.lotse.api.access.Refusal;
import de.lotse.api.access.Role;
import de.lotse.api.account.IssueApiToken;
import de.lotse.api.account.OpenAccount;
import de.lotse.api.account.Secret;
import de.lotse.command.system.Refused;
import de.lotse.platform.security.AccountSignIn;
import de.lotse.platform.security.Accounts;
import de.lotse.platform.security.ApiTokens;
import de.lotse.platform.security.Passwords;
import de.lotse.platform.security.StoredAccount;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * What an account keeps beside its events: the password hash, the roles and enabled state that
 * sign-in reads, and the API token hashes. The {@link Account} aggregate writes here in the
 * transaction that stores its event, so the two never disagree; every change also makes this
 * process forget the account's recently verified password at once.
 */
@Component
class Credentials {

    private final Accounts accounts;
    private final ApiTokens tokens;
    private final Passwords passwords;
    private final AccountSignIn signIn;
    private final Clock clock;

    Credentials(Accounts accounts, ApiTokens tokens, Passwords passwords, AccountSignIn signIn, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwords = passwords;
        this.signIn = signIn;
        this.clock = clock;
    }

    void open(OpenAccount command) {
        if (accounts.exists(command.username())) {
            throw new Refused(Refusal.usernameTaken(command.username()));
        }
        var account = new StoredAccount(
                command.username(),
                command.displayName(),
                command.roles(),
                true,
                passwords.hash(command.password()),
                command.mustChangePassword(),
                null);
        try {
            accounts.open(account, clock.instant());
        } catch (DuplicateKeyException raced) {
            throw new Refused(Refusal.usernameTaken(command.username()));
        }
    }

    void changeRoles(String username, Set<Role> roles) {
        accounts.changeRoles(username, roles);
        signIn.forget(username);
    }

    void changeEnabled(String username, boolean enabled) {
        accounts.changeEnabled(username, enabled);
        signIn.forget(username);
    }

    /** Whether another enabled administrator would remain if {@code username} lost the role. */
    boolean anotherAdminRemainsBesides(String username) {
        return accounts.enabledAdminsBesides(username) > 0;
    }

    void resetPassword(String username, Secret oneTimePassword) {
        accounts.changePassword(username, passwords.hash(oneTimePassword), true);
        signIn.forget(username);
    }

    void changePassword(String username, Secret current, Secret replacement) {
        var stored = accounts.find(username).orElseThrow(() -> new Refused(Refusal.unknownAccount(username)));
        if (!passwords.matches(current, stored.passwordHash())) {
            throw new Refused(Refusal.wrongPassword());
        }
        accounts.changePassword(username, passwords.hash(replacement), false);
        signIn.forget(username);
    }

    void issue(IssueApiToken command) {
        tokens.issue(
                command.tokenId(),
                command.username(),
                command.name(),
                command.tokenHash(),
                clock.instant(),
                command.expiresAt());
    }

    void revoke(UUID tokenId) {
        tokens.revoke(tokenId, clock.instant());
    }

    /** Who holds the token, for an administrator revoking someone else's. */
    Optional<String> holderOf(UUID tokenId) {
        return tokens.holderOf(tokenId);
    }
}
