package de.lotse.query.participant;

import de.lotse.api.participant.FindParticipant;
import de.lotse.api.participant.ParticipantId;
import de.lotse.api.participant.ParticipantView;
import de.lotse.platform.security.CurrentCaller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** One participant's current state. */
@RestController
@Tag(name = "Participants")
class ParticipantController {

    private final QueryGateway queries;
    private final CurrentCaller currentCaller;

    ParticipantController(QueryGateway queries, CurrentCaller currentCaller) {
        this.queries = queries;
        this.currentCaller = currentCaller;
    }

    @Operation(
            operationId = "getParticipant",
            summary = "Read a participant's current state",
            description = "Every intake answer with corrections applied, the stages, results, exit and follow-up,"
                    + " each list in date order. A coach reads only their own caseload.")
    @GetMapping("/api/participants/{id}")
    ParticipantView participant(@PathVariable UUID id) {
        var query = new FindParticipant(currentCaller.get(), new ParticipantId(id));
        return queries.query(query, ResponseTypes.instanceOf(ParticipantView.class))
                .join();
    }
}
