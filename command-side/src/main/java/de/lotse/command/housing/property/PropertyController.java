package de.lotse.command.housing.property;

import de.lotse.api.housing.PropertyId;
import de.lotse.api.housing.UnitId;
import de.lotse.command.housing.HousingReceipt;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The portfolio: properties taken in, and their units. */
@RestController
@RequestMapping("/api/housing")
@Tag(name = "Housing")
@ApiResponse(responseCode = "201", description = "Recorded; the body is `{\"id\"}`.")
class PropertyController {

    private final CommandGateway commands;

    PropertyController(CommandGateway commands) {
        this.commands = commands;
    }

    @Operation(
            operationId = "acquireProperty",
            summary = "Take a property into the portfolio",
            description = "Bought, leased, managed for an overburdened owner, or reached through occupancy rights.")
    @PostMapping("/properties")
    ResponseEntity<HousingReceipt> acquire(@Valid @RequestBody PropertyRequest request) {
        var id = PropertyId.random();
        commands.sendAndWait(request.toCommand(id));
        return HousingReceipt.created("/api/housing/properties", id.value());
    }

    @Operation(
            operationId = "addUnit",
            summary = "Add a unit to a property",
            description = "`rooms` ≥ 1, `areaSqm` > 0, `rentCold` ≥ 0.")
    @ApiResponse(responseCode = "404", description = "No property with this id.")
    @PostMapping("/properties/{id}/units")
    ResponseEntity<HousingReceipt> addUnit(@PathVariable UUID id, @Valid @RequestBody UnitRequest request) {
        var unit = UnitId.random();
        commands.sendAndWait(request.toCommand(unit, new PropertyId(id)));
        return HousingReceipt.created("/api/housing/units", unit.value());
    }
}
