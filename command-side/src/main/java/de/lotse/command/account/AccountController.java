package de.lotse.command.account;

import de.lotse.api.account.DisableAccount;
import de.lotse.api.account.EnableAccount;
import de.lotse.api.account.ResetPassword;
import de.lotse.platform.security.Passwords;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** An administrator's changes of accounts ({@code accounts.md}); the reads are on the query side. */
@RestController
@Tag(name = "Accounts")
class AccountController {

    private final CommandGateway commands;
    private final Passwords passwords;

    AccountController(CommandGateway commands, Passwords passwords) {
        this.commands = commands;
        this.passwords = passwords;
    }

    @Operation(
            operationId = "openAccount",
            summary = "Open an account",
            description = "Admins. Answers the one-time password once; the person must change it at the first sign-in.")
    @ApiResponse(responseCode = "201", description = "Opened; `Location` names the account.")
    @ApiResponse(responseCode = "409", description = "The user name is taken (user names are never reused).")
    @PostMapping("/api/admin/accounts")
    ResponseEntity<OpenedAccount> open(@Valid @RequestBody AccountRequest request) {
        var oneTimePassword = passwords.oneTimePassword();
        commands.sendAndWait(request.toCommand(oneTimePassword));
        return ResponseEntity.created(URI.create("/api/admin/accounts/" + request.username()))
                .body(new OpenedAccount(request.username(), oneTimePassword.value()));
    }

    @Operation(
            operationId = "changeRoles",
            summary = "Replace an account's roles",
            description = "Admins. Takes effect with the person's next request.")
    @ApiResponse(responseCode = "204", description = "Changed.")
    @ApiResponse(responseCode = "404", description = "No such account.")
    @ApiResponse(responseCode = "409", description = "It would leave no enabled administrator.")
    @PutMapping("/api/admin/accounts/{username}/roles")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changeRoles(@PathVariable String username, @Valid @RequestBody RolesRequest request) {
        commands.sendAndWait(request.toCommand(username));
    }

    @Operation(
            operationId = "disableAccount",
            summary = "Disable an account",
            description =
                    "Admins. Its sign-ins, tokens and open sessions answer 401 from now on; its participants stay.")
    @ApiResponse(responseCode = "204", description = "Disabled.")
    @ApiResponse(responseCode = "404", description = "No such account.")
    @ApiResponse(responseCode = "409", description = "It is the last enabled administrator.")
    @PostMapping("/api/admin/accounts/{username}/disable")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void disable(@PathVariable String username) {
        commands.sendAndWait(new DisableAccount(username));
    }

    @Operation(operationId = "enableAccount", summary = "Enable an account again", description = "Admins.")
    @ApiResponse(responseCode = "204", description = "Enabled.")
    @ApiResponse(responseCode = "404", description = "No such account.")
    @PostMapping("/api/admin/accounts/{username}/enable")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void enable(@PathVariable String username) {
        commands.sendAndWait(new EnableAccount(username));
    }

    @Operation(
            operationId = "resetPassword",
            summary = "Reset an account's password",
            description = "Admins. Answers a new one-time password once.")
    @ApiResponse(responseCode = "200", description = "The one-time password.")
    @ApiResponse(responseCode = "404", description = "No such account.")
    @PostMapping("/api/admin/accounts/{username}/password-reset")
    OneTimePassword resetPassword(@PathVariable String username) {
        var oneTimePassword = passwords.oneTimePassword();
        commands.sendAndWait(new ResetPassword(username, oneTimePassword));
        return new OneTimePassword(oneTimePassword.value());
    }
}
