package de.lotse.query.operations;

import de.lotse.api.operations.FindProjectionStatus;
import de.lotse.api.operations.ProjectionStatus;
import de.lotse.api.operations.ReplayProjection;
import de.lotse.platform.security.CurrentCaller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The read models' progress, and their rebuild from the first event; a rebuild answers 202 once it has started. */
@RestController
@Tag(name = "Operations")
class ProjectionController {

    private final QueryGateway queries;
    private final CommandGateway commands;
    private final CurrentCaller currentCaller;

    ProjectionController(QueryGateway queries, CommandGateway commands, CurrentCaller currentCaller) {
        this.queries = queries;
        this.commands = commands;
        this.currentCaller = currentCaller;
    }

    @Operation(
            operationId = "listProjections",
            summary = "List the read models and their progress",
            description = "Admins and evaluators.")
    @GetMapping("/api/admin/projections")
    List<ProjectionStatus> projections() {
        var query = new FindProjectionStatus(currentCaller.get());
        return queries.query(query, ResponseTypes.multipleInstancesOf(ProjectionStatus.class))
                .join();
    }

    @Operation(
            operationId = "replayProjection",
            summary = "Rebuild a read model from the first event",
            description = "Admins only. Answers once the rebuild has started; the old data are served until it has"
                    + " caught up.")
    @ApiResponse(responseCode = "404", description = "No read model has this name.")
    @ApiResponse(responseCode = "409", description = "This read model is being rebuilt already.")
    @PostMapping("/api/admin/projections/{name}/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void replay(@PathVariable String name) {
        commands.sendAndWait(new ReplayProjection(name));
    }
}
