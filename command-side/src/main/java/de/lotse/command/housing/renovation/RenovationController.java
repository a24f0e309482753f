package de.lotse.command.housing.renovation;

import de.lotse.api.housing.PropertyId;
import de.lotse.api.housing.RenovationId;
import de.lotse.command.housing.HousingReceipt;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Renovations of a property's units, the participants they employ, and their completion. */
@RestController
@RequestMapping("/api/housing")
@Tag(name = "Housing")
@ApiResponse(
        responseCode = "409",
        description = "A housing rule forbids it (the problem's `rule` names it), or the participant's personal"
                + " data are erased.")
class RenovationController {

    private final CommandGateway commands;

    RenovationController(CommandGateway commands) {
        this.commands = commands;
    }

    @Operation(
            operationId = "startRenovation",
            summary = "Start a renovation of some units of a property",
            description = "The units must belong to the property and not be in another renovation; they are in"
                    + " renovation from `startDate` until it completes.")
    @ApiResponse(responseCode = "201", description = "Started; the body is `{\"id\"}`.")
    @ApiResponse(responseCode = "404", description = "No property or unit with such an id.")
    @PostMapping("/properties/{id}/renovations")
    ResponseEntity<HousingReceipt> start(@PathVariable UUID id, @Valid @RequestBody RenovationRequest request) {
        var renovation = RenovationId.random();
        commands.sendAndWait(request.toCommand(renovation, new PropertyId(id)));
        return HousingReceipt.created("/api/housing/renovations", renovation.value());
    }

    @Operation(
            operationId = "employOnRenovation",
            summary = "Employ a participant on a renovation",
            description = "The participant's pathway gets the labour-market situation EMPLOYED dated `from`, with"
                    + " the property's address as its detail. The participant must be enrolled and not erased.")
    @ApiResponse(responseCode = "204", description = "Recorded.")
    @ApiResponse(responseCode = "404", description = "No renovation or participant with such an id.")
    @PostMapping("/renovations/{id}/workers")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void employ(@PathVariable UUID id, @Valid @RequestBody WorkerRequest request) {
        commands.sendAndWait(request.toCommand(new RenovationId(id)));
    }

    @Operation(
            operationId = "completeRenovation",
            summary = "Complete a renovation",
            description = "Its units leave renovation on `date`.")
    @ApiResponse(responseCode = "204", description = "Recorded.")
    @ApiResponse(responseCode = "404", description = "No renovation with this id.")
    @PostMapping("/renovations/{id}/complete")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void complete(@PathVariable UUID id, @Valid @RequestBody CompletionRequest request) {
        commands.sendAndWait(request.toCommand(new RenovationId(id)));
    }
}
