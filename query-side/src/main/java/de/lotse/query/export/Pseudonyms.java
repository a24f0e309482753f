package de.lotse.query.export;

import de.lotse.platform.privacy.HmacSha256;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Keyed pseudonyms for participants: the HMAC-SHA256 of the participant id under the configured
 * secret, as 64 hex digits. The same id gives the same pseudonym in every export under the same
 * secret, so evaluators can follow a participant across exports; without the secret, a pseudonym
 * cannot be traced back to an id, nor an id forward to its pseudonym.
 */
@Component
class Pseudonyms {

    private final SecretKeySpec key;

    Pseudonyms(ExportProperties properties) {
        this.key = HmacSha256.key(properties.pseudonymSecret());
    }

    String of(UUID participantId) {
        return HexFormat.of()
                .formatHex(HmacSha256.of(key, participantId.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
