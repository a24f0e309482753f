package de.lotse.command.account;

import static de.lotse.api.access.Role.ADMIN;
import static de.lotse.api.access.Role.AUDITOR;
import static de.lotse.api.access.Role.COACH;
import static de.lotse.api.access.Role.EVALUATOR;
import static de.lotse.api.access.Role.HOUSING;
import static de.lotse.api.access.Role.TEAM_LEAD;

import de.lotse.api.access.Role;
import de.lotse.api.account.OpenAccount;
import de.lotse.api.account.Secret;
import de.lotse.platform.security.Accounts;
import de.lotse.platform.security.Passwords;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The accounts a start opens, as ordinary accounts through the command bus (so they are events
 * with {@code recordedBy: system}): the demo accounts when a demo password is set, and an
 * administrator whenever none is enabled, so that nobody is ever locked out of a fresh install.
 * Accounts that exist already are left as they are, also when another instance of the command
 * side, starting at the same moment on the same database, opens one first.
 */
@Component
@EnableConfigurationProperties(BootstrapProperties.class)
class AccountBootstrap {

    private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);

    private record Demo(String username, String displayName, Role role) {}

    private static final List<Demo> DEMO_ACCOUNTS = List.of(
            new Demo("coach1", "Coach One (demo)", COACH),
            new Demo("coach2", "Coach Two (demo)", COACH),
            new Demo("lead", "Team Lead (demo)", TEAM_LEAD),
            new Demo("evaluator", "Evaluator (demo)", EVALUATOR),
            new Demo("auditor", "Auditor (demo)", AUDITOR),
            new Demo("housing", "Housing Officer (demo)", HOUSING),
            new Demo("admin", "Administrator (demo)", ADMIN));

    private final CommandGateway commands;
    private final Accounts accounts;
    private final Passwords passwords;
    private final BootstrapProperties properties;

    AccountBootstrap(CommandGateway commands, Accounts accounts, Passwords passwords, BootstrapProperties properties) {
        this.commands = commands;
        this.accounts = accounts;
        this.passwords = passwords;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void openFirstAccounts() {
        if (properties.opensDemoAccounts()) {
            openDemoAccounts(new Secret(properties.demoPassword()));
        }
        if (!accounts.anyEnabledAdmin()) {
            openFirstAdmin();
        }
    }

    private void openDemoAccounts(Secret password) {
        var opened = new ArrayList<String>();
        for (var demo : DEMO_ACCOUNTS) {
            if (!accounts.exists(demo.username())
                    && opened(new OpenAccount(
                            demo.username(), demo.displayName(), Set.of(demo.role()), password, false))) {
                opened.add(demo.username());
            }
        }
        log.info("Demo accounts opened: {}", opened);
    }

    private void openFirstAdmin() {
        if (accounts.exists("admin")) {
            // Only a change made around Lotse can get here: the last administrator cannot be disabled.
            log.error("No enabled administrator, and the user name admin is taken by a disabled or non-admin account");
            return;
        }
        var chosen = properties.adminPassword();
        if (chosen != null && !chosen.isBlank()) {
            if (opened(new OpenAccount("admin", "Administrator", Set.of(ADMIN), new Secret(chosen), false))) {
                log.info("Opened the first administrator account admin with LOTSE_ADMIN_PASSWORD");
            }
            return;
        }
        var oneTimePassword = passwords.oneTimePassword();
        if (!opened(new OpenAccount("admin", "Administrator", Set.of(ADMIN), oneTimePassword, true))) {
            return;
        }
        log.warn(
                "Opened the first administrator account admin with the one-time password {} "
                        + "(shown only now; it must be changed at the first sign-in)",
                oneTimePassword.value());
    }

    /** Opens the account, or finds that another instance opened it first (a failure for any other reason fails the start). */
    private boolean opened(OpenAccount account) {
        try {
            commands.sendAndWait(account);
            return true;
        } catch (CommandExecutionException failure) {
            if (accounts.exists(account.username())) {
                log.info("Account {} was opened by another instance", account.username());
                return false;
            }
            throw failure;
        }
    }
}
