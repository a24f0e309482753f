package de.lotse.query.audit;

import de.lotse.api.audit.FindParticipantHistory;
import de.lotse.api.audit.HistoryEntry;
import de.lotse.api.audit.ParticipantHistory;
import de.lotse.api.participant.ParticipantId;
import de.lotse.platform.security.CurrentCaller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A participant's event trail, answered as a bare array of entries as the contract shows it. */
@RestController
@Tag(name = "Audit")
class AuditController {

    private final QueryGateway queries;
    private final CurrentCaller currentCaller;

    AuditController(QueryGateway queries, CurrentCaller currentCaller) {
        this.queries = queries;
        this.currentCaller = currentCaller;
    }

    @Operation(
            operationId = "getParticipantHistory",
            summary = "Read a participant's event history",
            description = "Every event of the participant in order, with who recorded it and its hash. A coach reads"
                    + " only their own caseload.")
    @GetMapping("/api/participants/{id}/history")
    List<HistoryEntry> history(@PathVariable UUID id) {
        var query = new FindParticipantHistory(currentCaller.get(), new ParticipantId(id));
        return queries.query(query, ResponseTypes.instanceOf(ParticipantHistory.class))
                .join()
                .entries();
    }
}
