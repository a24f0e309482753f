package de.lotse.command.account;

import de.lotse.api.account.DisableAccount;
import de.lotse.api.account.EnableAccount;
import de.lotse.api.account.ResetPassword;
import de.lotse.platform.security.Passwords;
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
class AccountController {

    private final CommandGateway commands;
    private final Passwords passwords;

    AccountController(CommandGateway commands, Passwords passwords) {
        this.commands = commands;
        this.passwords = passwords;
    }

    @PostMapping("/api/admin/accounts")
    ResponseEntity<OpenedAccount> open(@Valid @RequestBody AccountRequest request) {
        var oneTimePassword = passwords.oneTimePassword();
        commands.sendAndWait(request.toCommand(oneTimePassword));
        return ResponseEntity.created(URI.create("/api/admin/accounts/" + request.username()))
                .body(new OpenedAccount(request.username(), oneTimePassword.value()));
    }

    @PutMapping("/api/admin/accounts/{username}/roles")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changeRoles(@PathVariable String username, @Valid @RequestBody RolesRequest request) {
        commands.sendAndWait(request.toCommand(username));
    }

    @PostMapping("/api/admin/accounts/{username}/disable")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void disable(@PathVariable String username) {
        commands.sendAndWait(new DisableAccount(username));
    }

    @PostMapping("/api/admin/accounts/{username}/enable")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void enable(@PathVariable String username) {
        commands.sendAndWait(new EnableAccount(username));
    }

    @PostMapping("/api/admin/accounts/{username}/password-reset")
    OneTimePassword resetPassword(@PathVariable String username) {
        var oneTimePassword = passwords.oneTimePassword();
        commands.sendAndWait(new ResetPassword(username, oneTimePassword));
        return new OneTimePassword(oneTimePassword.value());
    }
}
