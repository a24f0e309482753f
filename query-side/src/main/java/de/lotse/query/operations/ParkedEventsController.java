package de.lotse.query.operations;

import de.lotse.api.operations.EvictParkedEvents;
import de.lotse.api.operations.FindParkedEvents;
import de.lotse.api.operations.ParkedEvent;
import de.lotse.api.operations.ParkedRetry;
import de.lotse.api.operations.RetryParkedEvents;
import de.lotse.platform.security.CurrentCaller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The events the read models have parked, and retrying or dropping a participant's parked events (admins). */
@RestController
@Tag(name = "Operations")
class ParkedEventsController {

    private final QueryGateway queries;
    private final CommandGateway commands;
    private final CurrentCaller currentCaller;

    ParkedEventsController(QueryGateway queries, CommandGateway commands, CurrentCaller currentCaller) {
        this.queries = queries;
        this.commands = commands;
        this.currentCaller = currentCaller;
    }

    @Operation(
            operationId = "listParkedEvents",
            summary = "List the events the read models have parked",
            description = "Admins only. By read model, participant and sequence, with the error of the event that"
                    + " failed; no payload.")
    @GetMapping("/api/admin/parked-events")
    List<ParkedEvent> parkedEvents() {
        var query = new FindParkedEvents(currentCaller.get());
        return queries.query(query, ResponseTypes.multipleInstancesOf(ParkedEvent.class))
                .join();
    }

    @Operation(
            operationId = "retryParkedEvents",
            summary = "Apply a participant's parked events of a read model again",
            description = "Admins only. Applies them in order; from the first that fails again on, they stay parked.")
    @ApiResponse(responseCode = "404", description = "The read model has no parked events of this participant.")
    @PostMapping("/api/admin/parked-events/{readModel}/{participantId}/retry")
    ParkedRetry retry(@PathVariable String readModel, @PathVariable String participantId) {
        return commands.sendAndWait(new RetryParkedEvents(readModel, participantId));
    }

    @Operation(
            operationId = "evictParkedEvents",
            summary = "Drop a participant's parked events of a read model",
            description = "Admins only. The read model lacks them until it is rebuilt.")
    @ApiResponse(responseCode = "404", description = "The read model has no parked events of this participant.")
    @DeleteMapping("/api/admin/parked-events/{readModel}/{participantId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void evict(@PathVariable String readModel, @PathVariable String participantId) {
        commands.sendAndWait(new EvictParkedEvents(readModel, participantId));
    }
}
