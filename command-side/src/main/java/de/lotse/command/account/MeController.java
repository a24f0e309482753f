package de.lotse.command.account;

import de.lotse.api.access.Permission;
import de.lotse.api.access.Refusal;
import de.lotse.api.account.RevokeApiToken;
import de.lotse.api.account.Secret;
import de.lotse.command.system.Refused;
import de.lotse.platform.problem.InvalidParameter;
import de.lotse.platform.security.ApiTokens;
import de.lotse.platform.security.CurrentCaller;
import de.lotse.platform.security.Passwords;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** What everyone signed in may change of their own account: the password and their API tokens. */
@RestController
@Tag(name = "Accounts")
class MeController {

    private final CommandGateway commands;
    private final CurrentCaller currentCaller;
    private final Passwords passwords;
    private final Credentials credentials;
    private final Clock clock;

    MeController(
            CommandGateway commands,
            CurrentCaller currentCaller,
            Passwords passwords,
            Credentials credentials,
            Clock clock) {
        this.commands = commands;
        this.currentCaller = currentCaller;
        this.passwords = passwords;
        this.credentials = credentials;
        this.clock = clock;
    }

    @Operation(
            operationId = "changeOwnPassword",
            summary = "Change one's own password",
            description =
                    "Anyone signed in, also with a one-time password. At least 12 characters, not the user name, not a common password; a wrong current password is a 400.")
    @ApiResponse(responseCode = "204", description = "Changed.")
    @PostMapping("/api/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changePassword(@Valid @RequestBody PasswordChangeRequest request) {
        var username = currentCaller.get().user();
        passwords.objectionTo(new Secret(request.newPassword()), username).ifPresent(objection -> {
            throw new InvalidParameter("newPassword", objection);
        });
        commands.sendAndWait(request.toCommand(username));
    }

    @Operation(
            operationId = "issueApiToken",
            summary = "Issue an API token",
            description =
                    "Anyone signed in. The token is shown only in this answer; send it as `Authorization: Bearer`.")
    @ApiResponse(responseCode = "201", description = "Issued.")
    @PostMapping("/api/me/tokens")
    ResponseEntity<IssuedToken> issueToken(@Valid @RequestBody TokenRequest request) {
        var token = ApiTokens.newToken();
        var command = request.toCommand(
                currentCaller.get().user(), UUID.randomUUID(), ApiTokens.hashOf(token), clock.instant());
        commands.sendAndWait(command);
        return ResponseEntity.created(URI.create("/api/me/tokens/" + command.tokenId()))
                .body(new IssuedToken(command.tokenId(), command.name(), token, command.expiresAt()));
    }

    /** The holder revokes their own token; an administrator may revoke anyone's. */
    @Operation(
            operationId = "revokeApiToken",
            summary = "Revoke an API token",
            description = "Its holder, or an admin for anyone's token.")
    @ApiResponse(responseCode = "204", description = "Revoked.")
    @ApiResponse(responseCode = "404", description = "No such token.")
    @DeleteMapping("/api/me/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revokeToken(@PathVariable UUID id) {
        var caller = currentCaller.get();
        var holder = caller.may(Permission.MANAGE_ACCOUNTS)
                ? credentials.holderOf(id).orElseThrow(() -> new Refused(Refusal.unknownToken(id)))
                : caller.user();
        commands.sendAndWait(new RevokeApiToken(holder, id));
    }
}
