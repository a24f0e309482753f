package de.lotse.command.participant;

import de.lotse.api.participant.ParticipantId;
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
class CorrectionController {

    private final CommandGateway commands;

    CorrectionController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping("/api/participants/{id}/corrections")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void correct(@PathVariable UUID id, @Valid @RequestBody CorrectionRequest request) {
        commands.sendAndWait(request.toCommand(new ParticipantId(id)));
    }
}
