package de.lotse.query.export;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the export. {@code lotse.export.pseudonym-secret} keys the pseudonyms; it has no
 * default, because a secret everyone knows would let anyone with a participant id find the row.
 * Keeping the same secret keeps the pseudonyms stable from one export to the next.
 */
@Validated
@ConfigurationProperties("lotse.export")
record ExportProperties(@NotBlank String pseudonymSecret) {

    @Override
    public String toString() {
        return "ExportProperties[pseudonymSecret hidden]";
    }
}
