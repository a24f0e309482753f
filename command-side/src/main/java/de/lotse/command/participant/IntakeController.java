package de.lotse.command.participant;

import jakarta.validation.Valid;
import java.net.URI;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Intake: a new participant answers 201 with its location; the same intake repeated answers 200. */
@RestController
class IntakeController {

    private final CommandGateway commands;

    IntakeController(CommandGateway commands) {
        this.commands = commands;
    }

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
