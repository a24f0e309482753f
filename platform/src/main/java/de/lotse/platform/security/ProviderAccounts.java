package de.lotse.platform.security;

import de.lotse.api.access.Refusal;
import de.lotse.api.account.ChangeRoles;
import de.lotse.api.account.OpenAccount;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The accounts of people who sign in at the identity provider. The provider says who someone is
 * and which roles they hold; Lotse still keeps an account for them, so that their name stands in
 * every event they cause, a participant's coach is an account, and an administrator can disable
 * them here whatever the provider says.
 *
 * <p>The first sign-in opens the account, with a random password nobody learns (they sign in at
 * the provider), and every later sign-in brings its roles in line with the provider's. Both are
 * commands like an administrator's, so both are events in the audit trail, but Lotse sends them
 * itself ({@code recordedBy: system}): the person may not manage accounts, and the change is the
 * provider's decision, not theirs. Lotse's own rules still hold: the last enabled administrator
 * keeps the role, and then signs in with the roles as stored.
 */
@Component
@ConditionalOnExpression(OidcProperties.CONFIGURED)
@EnableConfigurationProperties(OidcProperties.class)
public class ProviderAccounts {

    private static final Logger log = LoggerFactory.getLogger(ProviderAccounts.class);

    private final CommandGateway commands;
    private final Accounts accounts;
    private final Passwords passwords;
    private final OidcProperties properties;
    private final Clock clock;

    ProviderAccounts(
            CommandGateway commands, Accounts accounts, Passwords passwords, OidcProperties properties, Clock clock) {
        this.commands = commands;
        this.accounts = accounts;
        this.passwords = passwords;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The account of the person the provider's claims name, opened or brought in line first, as
     * stored now. A token or sign-in issued after the last recorded sign-in counts as a new one.
     */
    public StoredAccount signIn(Map<String, Object> claims, @Nullable Instant issuedAt) {
        var person = ProviderPerson.of(claims, properties.rolesClaim());
        var stored = accounts.find(person.username());
        if (stored.isPresent() && !stored.get().enabled()) {
            throw new DisabledException("The account is disabled");
        }
        if (stored.isEmpty()) {
            asLotse(() -> open(person));
        } else if (!stored.get().roles().equals(person.roles())) {
            asLotse(() -> followRoles(person));
        }
        var account = accounts.find(person.username())
                .orElseThrow(() -> new BadCredentialsException("No account for " + person.username()));
        if (account.lastSignIn() == null
                || (issuedAt != null && account.lastSignIn().isBefore(issuedAt))) {
            accounts.recordSignIn(account.username(), clock.instant());
        }
        return account;
    }

    private void open(ProviderPerson person) {
        try {
            commands.sendAndWait(new OpenAccount(
                    person.username(), person.displayName(), person.roles(), passwords.oneTimePassword(), false));
            log.info("Opened the account {} at its first sign-in through the identity provider", person.username());
        } catch (CommandExecutionException refused) {
            // Two first requests at once: the other one opened it.
            requireRefusal(refused, Refusal.Reason.USERNAME_TAKEN);
        }
    }

    private void followRoles(ProviderPerson person) {
        try {
            commands.sendAndWait(new ChangeRoles(person.username(), person.roles()));
        } catch (CommandExecutionException refused) {
            requireRefusal(refused, Refusal.Reason.LAST_ADMIN);
            log.warn(
                    "{} keeps ADMIN against the identity provider: it is the last enabled administrator",
                    person.username());
        }
    }

    private static void requireRefusal(CommandExecutionException failure, Refusal.Reason expected) {
        if (!(failure.getDetails().orElse(null) instanceof Refusal refusal) || refusal.reason() != expected) {
            throw failure;
        }
    }

    /**
     * Runs without the request's security context, so that the commands go out as Lotse's own
     * ({@link CurrentCaller} is the system when nobody is signed in), and puts it back after.
     */
    private static void asLotse(Runnable commands) {
        var holder = SecurityContextHolder.getContextHolderStrategy();
        var request = holder.getDeferredContext();
        holder.clearContext();
        try {
            commands.run();
        } finally {
            holder.setDeferredContext(request);
        }
    }
}
