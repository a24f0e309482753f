package de.lotse.query.export;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
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

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    Pseudonyms(ExportProperties properties) {
        this.key = new SecretKeySpec(properties.pseudonymSecret().getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    String of(UUID participantId) {
        try {
            var mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(participantId.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
