package de.lotse.command.erasure;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/participants/{id}/erasure} (ADMIN): erase a participant's personal data. */
@RestController
@Tag(name = "Participants")
class ErasureController {

    private final CommandGateway commands;

    ErasureController(CommandGateway commands) {
        this.commands = commands;
    }

    @Operation(
            operationId = "erasePersonalData",
            summary = "Erase a participant's personal data",
            description = "Admins only. Names, date of birth, postcode and free text become unreadable; reports and"
                    + " the event chain stay as they were.")
    @ApiResponse(
            responseCode = "409",
            description = "The retention period still runs and `overrideRetention` is not true, the data are erased"
                    + " already, or the participant was changed at the same time.")
    @PostMapping("/api/participants/{id}/erasure")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void erase(@PathVariable UUID id, @Valid @RequestBody ErasureRequest request) {
        commands.sendAndWait(request.toCommand(id));
    }
}
