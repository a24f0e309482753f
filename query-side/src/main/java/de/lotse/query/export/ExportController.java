package de.lotse.query.export;

import de.lotse.api.esf.FindParticipantExport;
import de.lotse.api.esf.ParticipantExport;
import de.lotse.platform.security.CurrentCaller;
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
class ExportController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final QueryGateway queries;
    private final CurrentCaller currentCaller;

    ExportController(QueryGateway queries, CurrentCaller currentCaller) {
        this.queries = queries;
        this.currentCaller = currentCaller;
    }

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
