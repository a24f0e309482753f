package de.lotse.command.housing;

import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;

/** The answer to a housing command that creates something: its id, and its path as the location. */
public record HousingReceipt(UUID id) {

    /** {@code 201} with the body {@code {"id"}} and the location {@code <collection>/<id>}. */
    public static ResponseEntity<HousingReceipt> created(String collection, UUID id) {
        return ResponseEntity.created(URI.create(collection + "/" + id)).body(new HousingReceipt(id));
    }
}
