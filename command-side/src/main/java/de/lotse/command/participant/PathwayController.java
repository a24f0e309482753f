package de.lotse.command.participant;

import de.lotse.api.participant.ParticipantId;
import de.lotse.api.pathway.Stage;
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
class PathwayController {

    private final CommandGateway commands;

    PathwayController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping("/stages")
    void startStage(@PathVariable UUID id, @Valid @RequestBody StageStartRequest request) {
        commands.sendAndWait(request.toCommand(new ParticipantId(id)));
    }

    @PostMapping("/stages/{stage}/complete")
    void completeStage(
            @PathVariable UUID id, @PathVariable Stage stage, @Valid @RequestBody StageCompletionRequest request) {
        commands.sendAndWait(request.toCommand(new ParticipantId(id), stage));
    }

    @PostMapping("/stages/{stage}/abort")
    void abortStage(@PathVariable UUID id, @PathVariable Stage stage, @Valid @RequestBody StageAbortRequest request) {
        commands.sendAndWait(request.toCommand(new ParticipantId(id), stage));
    }

    @PostMapping("/qualifications")
    void recordQualification(@PathVariable UUID id, @Valid @RequestBody QualificationRequest request) {
        commands.sendAndWait(request.toCommand(new ParticipantId(id)));
    }

    @PostMapping("/situations")
    void recordSituation(@PathVariable UUID id, @Valid @RequestBody SituationRequest request) {
        commands.sendAndWait(request.toCommand(new ParticipantId(id)));
    }

    @PostMapping("/housing")
    void recordHousing(@PathVariable UUID id, @Valid @RequestBody HousingRequest request) {
        commands.sendAndWait(request.toCommand(new ParticipantId(id)));
    }

    @PostMapping("/exit")
    void recordExit(@PathVariable UUID id, @Valid @RequestBody ExitRequest request) {
        commands.sendAndWait(request.toCommand(new ParticipantId(id)));
    }

    @PostMapping("/follow-up")
    void recordFollowUp(@PathVariable UUID id, @Valid @RequestBody FollowUpRequest request) {
        commands.sendAndWait(request.toCommand(new ParticipantId(id)));
    }
}
