package de.lotse.query.account;

import static de.lotse.api.access.Permission.MANAGE_ACCOUNTS;
import static de.lotse.api.access.Permission.READ_PARTICIPANTS;
import static de.lotse.query.system.Refusals.refused;
import static de.lotse.query.system.Refusals.require;

import de.lotse.api.access.Refusal;
import de.lotse.api.account.AccountSummary;
import de.lotse.api.account.ApiTokenSummary;
import de.lotse.api.account.CoachChoice;
import de.lotse.api.account.FindAccount;
import de.lotse.api.account.FindAccounts;
import de.lotse.api.account.FindApiTokens;
import de.lotse.api.account.FindCoaches;
import de.lotse.platform.security.Accounts;
import de.lotse.platform.security.ApiTokens;
import de.lotse.platform.security.StoredAccount;
import java.time.Clock;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * Reads of accounts. They come from the {@code account} table that sign-in decides on, not from a
 * projection of the account events: the command side writes that table in the transaction of each
 * event, so it is never behind, and an administrator who just disabled someone sees it at once.
 */
@Component
class AccountQueries {

    private final Accounts accounts;
    private final ApiTokens tokens;
    private final Clock clock;

    AccountQueries(Accounts accounts, ApiTokens tokens, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.clock = clock;
    }

    @QueryHandler
    List<AccountSummary> handle(FindAccounts query) {
        require(query.caller(), MANAGE_ACCOUNTS, "listing accounts");
        return accounts.all().stream().map(StoredAccount::summary).toList();
    }

    /** Anyone may read their own account; only administrators read others'. */
    @QueryHandler
    AccountSummary handle(FindAccount query) {
        if (!query.caller().user().equals(query.username())) {
            require(query.caller(), MANAGE_ACCOUNTS, "reading other people's accounts");
        }
        return accounts.find(query.username())
                .map(StoredAccount::summary)
                .orElseThrow(() -> refused(Refusal.unknownAccount(query.username())));
    }

    @QueryHandler
    List<CoachChoice> handle(FindCoaches query) {
        require(query.caller(), READ_PARTICIPANTS, "listing coaches");
        return accounts.coaches();
    }

    @QueryHandler
    List<ApiTokenSummary> handle(FindApiTokens query) {
        return tokens.activeOf(query.caller().user(), clock.instant());
    }
}
