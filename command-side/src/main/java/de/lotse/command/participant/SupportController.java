package de.lotse.command.participant;

import de.lotse.api.participant.ParticipantId;
import de.lotse.api.support.ReferralId;
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

/** Support beyond the stages: referrals to other services and mobility support ({@code support.md}). */
@RestController
@RequestMapping("/api/participants/{id}")
@Tag(name = "Participants")
@ApiResponse(
        responseCode = "409",
        description = "A rule forbids it given what is stored (the problem's `rule` names it), the participant's"
                + " personal data are erased, or the participant was changed at the same time.")
class SupportController {

    private final CommandGateway commands;

    SupportController(CommandGateway commands) {
        this.commands = commands;
    }

    @Operation(
            operationId = "makeReferral",
            summary = "Refer the participant to a provider",
            description = "Needs the person's consent (`consentGiven`: true). Not before the entry date; allowed"
                    + " after the exit. The provider may be one of the directory or any other.")
    @ApiResponse(responseCode = "201", description = "Referred; the body names the referral's id.")
    @PostMapping("/referrals")
    ResponseEntity<ReferralReceipt> makeReferral(@PathVariable UUID id, @Valid @RequestBody ReferralRequest request) {
        var referral = ReferralId.random();
        commands.sendAndWait(request.toCommand(new ParticipantId(id), referral));
        return ResponseEntity.status(HttpStatus.CREATED).body(new ReferralReceipt(referral));
    }

    @Operation(
            operationId = "closeReferral",
            summary = "Close a referral with its outcome",
            description = "Only an open referral, not before the day it was made; `reason` is required for"
                    + " NOT_RESOLVED. Allowed after the exit.")
    @ApiResponse(responseCode = "204", description = "Closed.")
    @PostMapping("/referrals/{referralId}/close")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void closeReferral(
            @PathVariable UUID id, @PathVariable UUID referralId, @Valid @RequestBody ReferralClosingRequest request) {
        commands.sendAndWait(request.toCommand(new ParticipantId(id), new ReferralId(referralId)));
    }

    @Operation(
            operationId = "recordMobilitySupport",
            summary = "Record a mobility support",
            description = "Not before the entry date; after the exit only JOB_IN_OTHER_REGION.")
    @ApiResponse(responseCode = "204", description = "Recorded.")
    @PostMapping("/mobility")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void recordMobility(@PathVariable UUID id, @Valid @RequestBody MobilityRequest request) {
        commands.sendAndWait(request.toCommand(new ParticipantId(id)));
    }
}
