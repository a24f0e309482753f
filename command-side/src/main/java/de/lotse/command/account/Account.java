package de.lotse.command.account;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import de.lotse.api.access.Caller;
import de.lotse.api.access.Permission;
import de.lotse.api.access.Refusal;
import de.lotse.api.access.Role;
import de.lotse.api.account.AccountDisabled;
import de.lotse.api.account.AccountEnabled;
import de.lotse.api.account.AccountOpened;
import de.lotse.api.account.ApiTokenIssued;
import de.lotse.api.account.ApiTokenRevoked;
import de.lotse.api.account.ChangePassword;
import de.lotse.api.account.ChangeRoles;
import de.lotse.api.account.DisableAccount;
import de.lotse.api.account.EnableAccount;
import de.lotse.api.account.IssueApiToken;
import de.lotse.api.account.OpenAccount;
import de.lotse.api.account.PasswordChanged;
import de.lotse.api.account.PasswordReset;
import de.lotse.api.account.ResetPassword;
import de.lotse.api.account.RevokeApiToken;
import de.lotse.api.account.RolesChanged;
import de.lotse.command.system.Refused;
import de.lotse.platform.messaging.CallerMetaData;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.jspecify.annotations.Nullable;

/**
 * A person's account, from opening to every change of roles, state, password and tokens.
 *
 * <p>Why an aggregate and events: an auditor must be able to answer who made whom an
 * administrator and when, so every change is a fact in the event store, chained and in the audit
 * trail like a participant's. The secrets themselves are no facts to keep forever: the password
 * hash and the token hashes live in {@link Credentials}, written in the same transaction.
 *
 * <p>Rules: user names are never reused; Lotse always keeps an enabled administrator (the last
 * one can neither be disabled nor lose the role, checked under a lock across all accounts); a
 * password change proves the current password; people manage only their own tokens, except that
 * an administrator may revoke anyone's. Setting what already holds (the same roles, disabling a
 * disabled account) records nothing, so that repeating a request is harmless.
 */
@Aggregate
class Account {

    @AggregateIdentifier
    private @Nullable String username;

    private Set<Role> roles = Set.of();
    private boolean enabled;
    private final Set<UUID> tokens = new HashSet<>();

    Account() {
        // Axon rebuilds the account from its events.
    }

    @CommandHandler
    Account(OpenAccount command, Credentials credentials) {
        credentials.open(command);
        apply(new AccountOpened(command.username(), command.displayName(), command.roles()));
    }

    @CommandHandler
    void handle(ChangeRoles command, Credentials credentials) {
        if (roles.equals(command.roles())) {
            return;
        }
        if (!command.roles().contains(Role.ADMIN)) {
            requireAnotherAdminBesides(credentials);
        }
        credentials.changeRoles(command.username(), command.roles());
        apply(new RolesChanged(command.username(), roles, command.roles()));
    }

    @CommandHandler
    void handle(DisableAccount command, Credentials credentials) {
        if (!enabled) {
            return;
        }
        requireAnotherAdminBesides(credentials);
        credentials.changeEnabled(command.username(), false);
        apply(new AccountDisabled(command.username()));
    }

    @CommandHandler
    void handle(EnableAccount command, Credentials credentials) {
        if (enabled) {
            return;
        }
        credentials.changeEnabled(command.username(), true);
        apply(new AccountEnabled(command.username()));
    }

    @CommandHandler
    void handle(ResetPassword command, Credentials credentials) {
        credentials.resetPassword(command.username(), command.oneTimePassword());
        apply(new PasswordReset(command.username()));
    }

    @CommandHandler
    void handle(ChangePassword command, MetaData metaData, Credentials credentials) {
        requireHolder(CallerMetaData.callerOf(metaData));
        credentials.changePassword(command.username(), command.currentPassword(), command.newPassword());
        apply(new PasswordChanged(command.username()));
    }

    @CommandHandler
    void handle(IssueApiToken command, MetaData metaData, Credentials credentials) {
        requireHolder(CallerMetaData.callerOf(metaData));
        credentials.issue(command);
        apply(new ApiTokenIssued(command.username(), command.tokenId(), command.name(), command.expiresAt()));
    }

    @CommandHandler
    void handle(RevokeApiToken command, MetaData metaData, Credentials credentials) {
        var caller = CallerMetaData.callerOf(metaData);
        if (!caller.may(Permission.MANAGE_ACCOUNTS)) {
            requireHolder(caller);
        }
        if (!tokens.contains(command.tokenId())) {
            throw new Refused(Refusal.unknownToken(command.tokenId()));
        }
        credentials.revoke(command.tokenId());
        apply(new ApiTokenRevoked(command.username(), command.tokenId()));
    }

    @EventSourcingHandler
    void on(AccountOpened event) {
        username = event.username();
        roles = event.roles();
        enabled = true;
    }

    @EventSourcingHandler
    void on(RolesChanged event) {
        roles = event.newRoles();
    }

    @EventSourcingHandler
    void on(AccountDisabled event) {
        enabled = false;
    }

    @EventSourcingHandler
    void on(AccountEnabled event) {
        enabled = true;
    }

    @EventSourcingHandler
    void on(ApiTokenIssued event) {
        tokens.add(event.tokenId());
    }

    @EventSourcingHandler
    void on(ApiTokenRevoked event) {
        tokens.remove(event.tokenId());
    }

    /** The last enabled administrator keeps the role and stays enabled. */
    private void requireAnotherAdminBesides(Credentials credentials) {
        if (enabled && roles.contains(Role.ADMIN) && !credentials.anotherAdminRemainsBesides(username)) {
            throw new Refused(Refusal.lastAdmin(username));
        }
    }

    /** Only the account's holder may do this (Lotse itself aside). */
    private void requireHolder(Caller caller) {
        if (!caller.isSystem() && !caller.user().equals(username)) {
            throw new Refused(Refusal.roleNotAllowed("acting on another person's account"));
        }
    }
}
