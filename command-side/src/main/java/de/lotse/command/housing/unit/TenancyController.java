package de.lotse.command.housing.unit;

import de.lotse.api.housing.RecordMoveIn;
import de.lotse.api.housing.TenancyId;
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

/** A tenancy's move-in, its checks and its end. */
@RestController
@RequestMapping("/api/housing/tenancies/{id}")
@ResponseStatus(HttpStatus.NO_CONTENT)
@Tag(name = "Housing")
@ApiResponse(responseCode = "204", description = "Recorded.")
@ApiResponse(responseCode = "404", description = "No tenancy with this id.")
@ApiResponse(responseCode = "409", description = "A housing rule forbids it (the problem's `rule` names it).")
class TenancyController {

    private final CommandGateway commands;
    private final UnitDirectory units;

    TenancyController(CommandGateway commands, UnitDirectory units) {
        this.commands = commands;
        this.units = units;
    }

    @Operation(
            operationId = "recordMoveIn",
            summary = "Record the tenant's move-in",
            description = "Within the tenancy, once. The participant's pathway then gets the housing situation"
                    + " OWN_TENANCY (SUPPORTED_HOUSING when supported) dated the move-in, unless they have exited.")
    @PostMapping("/move-in")
    void moveIn(@PathVariable UUID id, @Valid @RequestBody DateRequest request) {
        commands.sendAndWait(new RecordMoveIn(units.ofTenancy(id), new TenancyId(id), request.date()));
    }

    @Operation(
            operationId = "recordTenancyCheck",
            summary = "Record a check of a tenancy",
            description = "After the move-in, while the tenancy runs; due 3, 6 and 12 months after the move-in. A"
                    + " coach checks their own participants' tenancies only.")
    @PostMapping("/checks")
    void check(@PathVariable UUID id, @Valid @RequestBody CheckRequest request) {
        commands.sendAndWait(request.toCommand(units.ofTenancy(id), new TenancyId(id)));
    }

    @Operation(operationId = "endTenancy", summary = "End a tenancy", description = "Not before its start, once.")
    @PostMapping("/end")
    void end(@PathVariable UUID id, @Valid @RequestBody TenancyEndRequest request) {
        commands.sendAndWait(request.toCommand(units.ofTenancy(id), new TenancyId(id)));
    }
}
