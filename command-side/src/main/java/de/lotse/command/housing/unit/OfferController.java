package de.lotse.command.housing.unit;

import de.lotse.api.housing.AcceptOffer;
import de.lotse.api.housing.OfferId;
import de.lotse.api.housing.TenancyId;
import de.lotse.api.housing.VacancyId;
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

/** Offers of a vacancy to participants, their answers, and the tenancy of an accepted offer. */
@RestController
@RequestMapping("/api/housing")
@Tag(name = "Housing")
@ApiResponse(responseCode = "409", description = "A housing rule forbids it (the problem's `rule` names it).")
class OfferController {

    private final CommandGateway commands;
    private final UnitDirectory units;

    OfferController(CommandGateway commands, UnitDirectory units) {
        this.commands = commands;
        this.units = units;
    }

    @Operation(
            operationId = "makeOffer",
            summary = "Offer a vacancy to a participant",
            description = "The vacancy must be open; a unit held by occupancy rights needs a right valid on"
                    + " `offeredOn`; one open offer per vacancy (five candidates under a nomination right), one per"
                    + " participant. A coach offers to their own participants only. Unanswered by the end of"
                    + " `respondBy`, the offer expires.")
    @ApiResponse(responseCode = "201", description = "Offered; the body is `{\"id\"}`.")
    @ApiResponse(responseCode = "404", description = "No vacancy or participant with such an id.")
    @PostMapping("/vacancies/{id}/offers")
    ResponseEntity<HousingReceipt> offer(@PathVariable UUID id, @Valid @RequestBody OfferRequest request) {
        var offer = OfferId.random();
        commands.sendAndWait(request.toCommand(units.ofVacancy(id), new VacancyId(id), offer));
        return HousingReceipt.created("/api/housing/offers", offer.value());
    }

    @Operation(
            operationId = "acceptOffer",
            summary = "Accept an open offer",
            description = "The vacancy closes; its other open offers and, shortly after, the participant's open"
                    + " offers on other vacancies end as WITHDRAWN.")
    @ApiResponse(responseCode = "204", description = "Recorded.")
    @ApiResponse(responseCode = "404", description = "No offer with this id.")
    @PostMapping("/offers/{id}/accept")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void accept(@PathVariable UUID id, @Valid @RequestBody DateRequest request) {
        commands.sendAndWait(new AcceptOffer(units.ofOffer(id), new OfferId(id), request.date()));
    }

    @Operation(
            operationId = "declineOffer",
            summary = "Decline an open offer",
            description = "By the participant or the owner, with a reason.")
    @ApiResponse(responseCode = "204", description = "Recorded.")
    @ApiResponse(responseCode = "404", description = "No offer with this id.")
    @PostMapping("/offers/{id}/decline")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void decline(@PathVariable UUID id, @Valid @RequestBody DeclineRequest request) {
        commands.sendAndWait(request.toCommand(units.ofOffer(id), new OfferId(id)));
    }

    @Operation(
            operationId = "startTenancy",
            summary = "Start the tenancy of an accepted offer",
            description = "No other tenancy of the unit may overlap `start`–`end` (`end` null: open-ended).")
    @ApiResponse(responseCode = "201", description = "Started; the body is `{\"id\"}`.")
    @ApiResponse(responseCode = "404", description = "No offer with this id.")
    @PostMapping("/offers/{id}/tenancy")
    ResponseEntity<HousingReceipt> startTenancy(@PathVariable UUID id, @Valid @RequestBody TenancyRequest request) {
        var tenancy = TenancyId.random();
        commands.sendAndWait(request.toCommand(units.ofOffer(id), new OfferId(id), tenancy));
        return HousingReceipt.created("/api/housing/tenancies", tenancy.value());
    }
}
