package de.lotse.command.intake;

import de.lotse.api.participant.PersonalDetails;
import de.lotse.platform.privacy.HmacSha256;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.crypto.spec.SecretKeySpec;

/**
 * What the duplicate register stores of a person: an HMAC-SHA256 over first name, last name, date
 * of birth and postcode. Spelling variants that are the same to a coach (spacing, case, composed
 * or decomposed umlauts) give the same key; without the secret, the key reveals nothing and
 * cannot be tested against guessed names.
 */
record IntakeKey(String value) {

    private static final String UNIT_SEPARATOR = "\u001F";
    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    static IntakeKey of(PersonalDetails details, SecretKeySpec secret) {
        var text = Stream.of(
                        details.firstName(),
                        details.lastName(),
                        details.dateOfBirth().toString(),
                        details.postcode())
                .map(IntakeKey::normalised)
                .collect(Collectors.joining(UNIT_SEPARATOR));
        return new IntakeKey(HexFormat.of().formatHex(HmacSha256.of(secret, text.getBytes(StandardCharsets.UTF_8))));
    }

    private static String normalised(String part) {
        var composed = Normalizer.normalize(part, Normalizer.Form.NFC);
        return WHITESPACE.matcher(composed).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }
}
