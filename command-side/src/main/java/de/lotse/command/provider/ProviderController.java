package de.lotse.command.provider;

import de.lotse.api.provider.ProviderId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Listing providers in the directory (team leads, admins); the directory is read on the query side. */
@RestController
@Tag(name = "Providers")
class ProviderController {

    private final CommandGateway commands;

    ProviderController(CommandGateway commands) {
        this.commands = commands;
    }

    @Operation(
            operationId = "listProvider",
            summary = "List a provider in the directory",
            description = "Team leads and admins. The name must not be listed already (compared without regard to"
                    + " case and spaces).")
    @ApiResponse(responseCode = "201", description = "Listed; the body names the provider's id.")
    @ApiResponse(responseCode = "409", description = "A provider of that name is listed already.")
    @PostMapping("/api/providers")
    ResponseEntity<ListedProvider> list(@Valid @RequestBody ProviderRequest request) {
        var id = ProviderId.random();
        commands.sendAndWait(request.toCommand(id));
        return ResponseEntity.status(HttpStatus.CREATED).body(new ListedProvider(id));
    }
}
