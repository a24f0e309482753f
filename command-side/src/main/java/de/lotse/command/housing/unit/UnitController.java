package de.lotse.command.housing.unit;

import de.lotse.api.housing.OccupancyRightId;
import de.lotse.api.housing.UnitId;
import de.lotse.api.housing.VacancyId;
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

/** A unit's occupancy rights and vacancies. */
@RestController
@RequestMapping("/api/housing/units/{id}")
@Tag(name = "Housing")
@ApiResponse(responseCode = "201", description = "Recorded; the body is `{\"id\"}`.")
@ApiResponse(responseCode = "404", description = "No unit with this id.")
@ApiResponse(responseCode = "409", description = "A housing rule forbids it (the problem's `rule` names it).")
class UnitController {

    private final CommandGateway commands;

    UnitController(CommandGateway commands) {
        this.commands = commands;
    }

    @Operation(
            operationId = "grantOccupancyRight",
            summary = "Record an occupancy right on a unit",
            description = "Two rights of one unit whose periods overlap answer 409 `occupancy-right-overlaps`.")
    @PostMapping("/occupancy-rights")
    ResponseEntity<HousingReceipt> grant(@PathVariable UUID id, @Valid @RequestBody OccupancyRightRequest request) {
        var right = OccupancyRightId.random();
        commands.sendAndWait(request.toCommand(new UnitId(id), right));
        return HousingReceipt.created("/api/housing/occupancy-rights", right.value());
    }

    @Operation(
            operationId = "openVacancy",
            summary = "Open a vacancy of a unit",
            description = "Not while the unit is in renovation or let on `availableFrom`, nor while it has an open"
                    + " vacancy.")
    @PostMapping("/vacancies")
    ResponseEntity<HousingReceipt> open(@PathVariable UUID id, @Valid @RequestBody VacancyRequest request) {
        var vacancy = VacancyId.random();
        commands.sendAndWait(request.toCommand(new UnitId(id), vacancy));
        return HousingReceipt.created("/api/housing/vacancies", vacancy.value());
    }
}
