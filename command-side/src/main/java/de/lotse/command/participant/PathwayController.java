package de.lotse.command.participant;

import de.lotse.api.participant.ParticipantId;
import de.lotse.api.pathway.Stage;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The route after intake: stages, results along the way, the exit and the six-month follow-up. */
@RestController
@RequestMapping("/api/participants/{id}")
@ResponseStatus(HttpStatus.NO_CONTENT)
@Tag(name = "Participants")
@ApiResponse(responseCode = "204", description = "Recorded.")
@ApiResponse(
        responseCode = "409",
        description = "A pathway rule forbids it given what is stored (the problem's `rule` names it), the"
                + " participant's personal data are erased, or the participant was changed at the same time.")
class PathwayController {

    private final CommandGateway commands;

    PathwayController(CommandGateway commands) {
        this.commands = commands;
    }

    @Operation(
            operationId = "startStage",
            summary = "Start a stage",
            description = "Every stage other than COACHING needs COACHING to have been started. A stage cannot"
                    + " start while it is active, before the entry date or after the exit.")
    @PostMapping("/stages")
    void startStage(@PathVariable UUID id, @Valid @RequestBody StageStartRequest request) {
        commands.sendAndWait(request.toCommand(new ParticipantId(id)));
    }

    @Operation(
            operationId = "completeStage",
            summary = "Complete an active stage",
            description = "Not before the stage's start or the entry date, and not after the exit.")
    @PostMapping("/stages/{stage}/complete")
    void completeStage(
            @PathVariable UUID id, @PathVariable Stage stage, @Valid @RequestBody StageCompletionRequest request) {
        commands.sendAndWait(request.toCommand(new ParticipantId(id), stage));
    }

    @Operation(
            operationId = "abortStage",
            summary = "Abort an active stage",
            description = "Not before the stage's start or the entry date, and not after the exit.")
    @PostMapping("/stages/{stage}/abort")
    void abortStage(@PathVariable UUID id, @PathVariable Stage stage, @Valid @RequestBody StageAbortRequest request) {
        commands.sendAndWait(request.toCommand(new ParticipantId(id), stage));
    }

    @Operation(
            operationId = "recordQualification",
            summary = "Record a qualification",
            description = "Not before the entry date; allowed after the exit, since it counts for the result"
                    + " indicators.")
    @PostMapping("/qualifications")
    void recordQualification(@PathVariable UUID id, @Valid @RequestBody QualificationRequest request) {
        commands.sendAndWait(request.toCommand(new ParticipantId(id)));
    }

    @Operation(
            operationId = "recordLabourMarketSituation",
            summary = "Record a labour-market situation",
            description = "Not before the entry date; allowed during participation and after the exit.")
    @PostMapping("/situations")
    void recordSituation(@PathVariable UUID id, @Valid @RequestBody SituationRequest request) {
        commands.sendAndWait(request.toCommand(new ParticipantId(id)));
    }

    @Operation(
            operationId = "recordHousingSituation",
            summary = "Record a housing situation",
            description = "Not before the entry date and not after the exit.")
    @PostMapping("/housing")
    void recordHousing(@PathVariable UUID id, @Valid @RequestBody HousingRequest request) {
        commands.sendAndWait(request.toCommand(new ParticipantId(id)));
    }

    @Operation(
            operationId = "recordExit",
            summary = "Record the exit",
            description = "Active stages end with the exit. Not before the entry date or a stage's start; a"
                    + " second exit is refused.")
    @PostMapping("/exit")
    void recordExit(@PathVariable UUID id, @Valid @RequestBody ExitRequest request) {
        commands.sendAndWait(request.toCommand(new ParticipantId(id)));
    }

    @Operation(
            operationId = "recordFollowUp",
            summary = "Record the six-month follow-up",
            description = "Needs an exit, must not be dated before the exit date, and is recorded once.")
    @PostMapping("/follow-up")
    void recordFollowUp(@PathVariable UUID id, @Valid @RequestBody FollowUpRequest request) {
        commands.sendAndWait(request.toCommand(new ParticipantId(id)));
    }
}
