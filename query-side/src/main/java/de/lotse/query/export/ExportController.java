package de.lotse.query.export;

import de.lotse.api.esf.FindParticipantExport;
import de.lotse.api.esf.ParticipantExport;
import de.lotse.platform.security.CurrentCaller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The pseudonymised participant export as the CSV download {@code participants.csv}. */
@RestController
@Tag(name = "Reports")
class ExportController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final QueryGateway queries;
    private final CurrentCaller currentCaller;

    ExportController(QueryGateway queries, CurrentCaller currentCaller) {
        this.queries = queries;
        this.currentCaller = currentCaller;
    }

    @Operation(
            operationId = "exportParticipantsCsv",
            summary = "Export the participants, pseudonymised, as CSV",
            description = "One row per participant without names or contact data. Evaluators and admins.")
    @ApiResponse(
            responseCode = "200",
            description = "The pseudonymised participants.",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    @GetMapping("/api/exports/participants.csv")
    ResponseEntity<ParticipantExport> participants() {
        var query = new FindParticipantExport(currentCaller.get());
        var export = queries.query(query, ResponseTypes.instanceOf(ParticipantExport.class))
                .join();
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("participants.csv")
                                .build()
                                .toString())
                .body(export);
    }
}
