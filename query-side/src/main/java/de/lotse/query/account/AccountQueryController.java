package de.lotse.query.account;

import de.lotse.api.account.AccountSummary;
import de.lotse.api.account.ApiTokenSummary;
import de.lotse.api.account.FindAccount;
import de.lotse.api.account.FindAccounts;
import de.lotse.api.account.FindApiTokens;
import de.lotse.api.account.Me;
import de.lotse.platform.security.CurrentCaller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The reads of {@code accounts.md}: the administrator's list and the own account and tokens. */
@RestController
@Tag(name = "Accounts")
class AccountQueryController {

    private final QueryGateway queries;
    private final CurrentCaller currentCaller;

    AccountQueryController(QueryGateway queries, CurrentCaller currentCaller) {
        this.queries = queries;
        this.currentCaller = currentCaller;
    }

    @Operation(
            operationId = "listAccounts",
            summary = "List every account",
            description = "Admins. Never a password or its hash.")
    @GetMapping("/api/admin/accounts")
    List<AccountSummary> accounts() {
        return queries.query(
                        new FindAccounts(currentCaller.get()), ResponseTypes.multipleInstancesOf(AccountSummary.class))
                .join();
    }

    @Operation(operationId = "findAccount", summary = "Read one account", description = "Admins.")
    @ApiResponse(responseCode = "404", description = "No such account.")
    @GetMapping("/api/admin/accounts/{username}")
    AccountSummary account(@PathVariable String username) {
        return queries.query(new FindAccount(currentCaller.get(), username), AccountSummary.class)
                .join();
    }

    @Operation(
            operationId = "whoAmI",
            summary = "Who one is signed in as",
            description =
                    "Anyone signed in, also with a one-time password: `mustChangePassword` says whether it must be changed first.")
    @GetMapping("/api/me")
    Me me() {
        var caller = currentCaller.get();
        return Me.of(queries.query(new FindAccount(caller, caller.user()), AccountSummary.class)
                .join());
    }

    @Operation(
            operationId = "listOwnApiTokens",
            summary = "List one's own API tokens",
            description =
                    "Anyone signed in. Tokens that neither expired nor were revoked, newest first; never the token itself.")
    @GetMapping("/api/me/tokens")
    List<ApiTokenSummary> tokens() {
        return queries.query(
                        new FindApiTokens(currentCaller.get()),
                        ResponseTypes.multipleInstancesOf(ApiTokenSummary.class))
                .join();
    }
}
