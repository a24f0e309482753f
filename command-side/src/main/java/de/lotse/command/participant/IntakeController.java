package de.lotse.command.participant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Intake: a new participant answers 201 with its location; the same intake repeated answers 200. */
@RestController
@Tag(name = "Participants")
class IntakeController {

    private final CommandGateway commands;

    IntakeController(CommandGateway commands) {
        this.commands = commands;
    }

    @Operation(
            operationId = "enrolParticipant",
            summary = "Enrol a participant (intake)",
            description = "Records the ESF+ entry questionnaire. An intake repeated with the same `id` and answers"
                    + " stores nothing and answers 200 with that id. A coach enrols into their own caseload.")
    @ApiResponse(
            responseCode = "201",
            description = "Enrolled.",
            headers =
                    @Header(
                            name = "Location",
                            description = "The new participant's path, `/api/participants/{id}`.",
                            schema = @Schema(type = "string", format = "uri-reference")))
    @ApiResponse(responseCode = "200", description = "Enrolled before with the same id and answers.")
    @ApiResponse(
            responseCode = "409",
            description = "A participant with the same name, date of birth and postcode exists (`existingId` names"
                    + " them when the caller may read them), the id belongs to another intake, or the date of birth"
                    + " does not lie before the entry date.")
    @PostMapping("/api/participants")
    ResponseEntity<EnrolmentReceipt> enrol(@Valid @RequestBody IntakeRequest request) {
        var id = request.participantIdOrNew();
        EnrolmentOutcome outcome = commands.sendAndWait(request.toCommand(id));
        var receipt = new EnrolmentReceipt(id);
        return outcome == EnrolmentOutcome.ENROLLED
                ? ResponseEntity.created(URI.create("/api/participants/" + id)).body(receipt)
                : ResponseEntity.ok(receipt);
    }
}
