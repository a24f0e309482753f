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

/** Moving a participant into another coach's caseload; the URL security lets only team leads and admins here. */
@RestController
@Tag(name = "Participants")
class CoachController {

    private final CommandGateway commands;

    CoachController(CommandGateway commands) {
        this.commands = commands;
    }

    @Operation(
            operationId = "reassignCoach",
            summary = "Move a participant to another coach",
            description = "Team leads and admins only.")
    @ApiResponse(
            responseCode = "409",
            description =
                    "The participant's personal data are erased, or the participant was changed at the same" + " time.")
    @PostMapping("/api/participants/{id}/coach")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void reassign(@PathVariable UUID id, @Valid @RequestBody CoachRequest request) {
        commands.sendAndWait(request.toCommand(new ParticipantId(id)));
    }
}
