package de.lotse.platform.security;

import de.lotse.api.access.Role;
import de.lotse.api.account.CoachChoice;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * All SQL of the {@code account} table. The command side writes a row in the transaction that
 * stores the account's event, so that sign-in and the checks of every signed-in request, which keep
 * what they read only until any account or token changes ({@link KeptUntilChange}), always decide on
 * the current roles and enabled state, in every JVM at once.
 */
@Component
public class Accounts {

    /** A user name: a lower-case letter first, then letters, digits and {@code . _ -}, 2 to 40 characters. */
    public static final String USERNAME = "^[a-z][a-z0-9._-]{1,39}$";

    /** Serialises the changes that could take away the last administrator (transaction-scoped lock; "LotseAdm" in ASCII). */
    private static final long ADMINS_LOCK = 0x4c6f_7473_6541_646dL;

    static final String COLUMNS =
            "username, display_name, roles, enabled, password_hash, must_change_password, last_sign_in";

    private final JdbcClient jdbc;
    private final AccountChanges changes;
    private final KeptUntilChange<String, StoredAccount> kept;

    public Accounts(JdbcClient jdbc, AccountChanges changes) {
        this.jdbc = jdbc;
        this.changes = changes;
        this.kept = new KeptUntilChange<>(changes);
    }

    public Optional<StoredAccount> find(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE username = ?")
                .param(username)
                .query(Accounts::row)
                .optional();
    }

    /**
     * The account as {@link #find} reads it, kept for the checks a signed-in person's every request
     * makes (is the account still enabled, with which roles) until any account or token changes
     * ({@link KeptUntilChange}): a disabled account or changed roles still take effect with the next
     * request. Its last sign-in may be older than the stored one, which changes nobody is told of.
     */
    public Optional<StoredAccount> current(String username) {
        return kept.get(username, account -> true, this::find);
    }

    public boolean exists(String username) {
        return find(username).isPresent();
    }

    public List<StoredAccount> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account ORDER BY username")
                .query(Accounts::row)
                .list();
    }

    /** Enabled accounts that may hold a caseload. */
    public List<CoachChoice> coaches() {
        return all().stream()
                .filter(account -> account.enabled() && mayHoldCaseload(account))
                .map(account -> new CoachChoice(account.username(), account.displayName()))
                .toList();
    }

    public boolean isEnabledCoach(String username) {
        return current(username)
                .filter(StoredAccount::enabled)
                .filter(Accounts::mayHoldCaseload)
                .isPresent();
    }

    public void open(StoredAccount account, Instant openedAt) {
        jdbc.sql("""
                        INSERT INTO account (username, display_name, roles, enabled, password_hash,
                                             must_change_password, opened_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        account.username(),
                        account.displayName(),
                        joined(account.roles()),
                        account.enabled(),
                        account.passwordHash(),
                        account.mustChangePassword(),
                        Timestamp.from(openedAt))
                .update();
    }

    public void changeRoles(String username, Set<Role> roles) {
        jdbc.sql("UPDATE account SET roles = ? WHERE username = ?")
                .params(joined(roles), username)
                .update();
        changes.changedHere();
    }

    public void changeEnabled(String username, boolean enabled) {
        jdbc.sql("UPDATE account SET enabled = ? WHERE username = ?")
                .params(enabled, username)
                .update();
        changes.changedHere();
    }

    public void changePassword(String username, String passwordHash, boolean mustChange) {
        jdbc.sql("UPDATE account SET password_hash = ?, must_change_password = ? WHERE username = ?")
                .params(passwordHash, mustChange, username)
                .update();
        changes.changedHere();
    }

    public void recordSignIn(String username, Instant at) {
        jdbc.sql("UPDATE account SET last_sign_in = ? WHERE username = ?")
                .params(Timestamp.from(at), username)
                .update();
    }

    /**
     * How many enabled administrators there are besides {@code username}. Takes a lock until the
     * transaction ends first, so that two administrators disabling each other at the same moment
     * cannot both succeed and leave none.
     */
    public int enabledAdminsBesides(String username) {
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(ADMINS_LOCK).query().singleRow();
        return (int) all().stream()
                .filter(Accounts::isEnabledAdmin)
                .filter(account -> !account.username().equals(username))
                .count();
    }

    public boolean anyEnabledAdmin() {
        return all().stream().anyMatch(Accounts::isEnabledAdmin);
    }

    private static boolean isEnabledAdmin(StoredAccount account) {
        return account.enabled() && account.has(Role.ADMIN);
    }

    private static boolean mayHoldCaseload(StoredAccount account) {
        return account.has(Role.COACH) || account.has(Role.TEAM_LEAD);
    }

    private static String joined(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    static StoredAccount row(ResultSet rs, int rowNum) throws SQLException {
        var lastSignIn = rs.getTimestamp("last_sign_in");
        return new StoredAccount(
                rs.getString("username"),
                rs.getString("display_name"),
                Arrays.stream(rs.getString("roles").split(","))
                        .filter(name -> !name.isBlank())
                        .map(Role::valueOf)
                        .collect(Collectors.toSet()),
                rs.getBoolean("enabled"),
                rs.getString("password_hash"),
                rs.getBoolean("must_change_password"),
                lastSignIn == null ? null : lastSignIn.toInstant());
    }
}
