package de.lotse.command.participant;

import de.lotse.api.participant.ParticipantId;
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

/** Corrections of intake answers; the original answer stays in the history. */
@RestController
@Tag(name = "Participants")
class CorrectionController {

    private final CommandGateway commands;

    CorrectionController(CommandGateway commands) {
        this.commands = commands;
    }

    @Operation(
            operationId = "correctIntake",
            summary = "Correct an intake answer",
            description = "Corrects one intake field; the original answer stays in the history, and reports use the"
                    + " corrected value.")
    @ApiResponse(
            responseCode = "409",
            description = "The corrected intake breaks a rule (the date of birth before the entry date, no entry date"
                    + " after a recorded step, no duplicate), the personal data are erased, or the participant was"
                    + " changed at the same time.")
    @PostMapping("/api/participants/{id}/corrections")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void correct(@PathVariable UUID id, @Valid @RequestBody CorrectionRequest request) {
        commands.sendAndWait(request.toCommand(new ParticipantId(id)));
    }
}
