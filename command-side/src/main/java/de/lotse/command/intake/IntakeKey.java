package de.lotse.command.intake;

import de.lotse.api.participant.PersonalDetails;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What the duplicate register stores of a person: an HMAC-SHA256 over first name, last name, date
 * of birth and postcode. Spelling variants that are the same to a coach (spacing, case, composed
 * or decomposed umlauts) give the same key; without the secret, the key reveals nothing and
 * cannot be tested against guessed names.
 */
record IntakeKey(String value) {

    private static final String ALGORITHM = "HmacSHA256";
    private static final String UNIT_SEPARATOR = "\u001F";

    static SecretKeySpec secret(String hashSecret) {
        return new SecretKeySpec(hashSecret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    static IntakeKey of(PersonalDetails details, SecretKeySpec secret) {
        var text = Stream.of(
                        details.firstName(),
                        details.lastName(),
                        details.dateOfBirth().toString(),
                        details.postcode())
                .map(IntakeKey::normalised)
                .collect(Collectors.joining(UNIT_SEPARATOR));
        return new IntakeKey(HexFormat.of().formatHex(mac(secret).doFinal(text.getBytes(StandardCharsets.UTF_8))));
    }

    private static String normalised(String part) {
        return Normalizer.normalize(part, Normalizer.Form.NFC)
                .replaceAll("(?U)\\s+", " ")
                .strip()
                .toLowerCase(Locale.ROOT);
    }

    private static Mac mac(SecretKeySpec secret) {
        try {
            var mac = Mac.getInstance(ALGORITHM);
            mac.init(secret);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime provides " + ALGORITHM, e);
        }
    }
}
