package de.lotse.api.participant;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Set;

/**
 * A nationality as an ISO 3166-1 alpha-2 code, {@code XX} for stateless persons. EECO13 counts
 * third-country nationals, that is everyone whose nationality is not of an EU member state.
 */
public record Nationality(String code) {

    public static final String STATELESS = "XX";

    private static final Set<String> EU_MEMBER_STATES = Set.of(
            "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
            "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

    private static final Set<String> KNOWN_CODES = Set.of(Locale.getISOCountries());

    public Nationality {
        if (!isValid(code)) {
            throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 code: " + code);
        }
    }

    /** Whether {@code code} is an ISO 3166-1 alpha-2 country code or {@code XX}. */
    public static boolean isValid(String code) {
        return STATELESS.equals(code) || KNOWN_CODES.contains(code);
    }

    @JsonCreator
    public static Nationality of(String code) {
        return new Nationality(code);
    }

    public boolean isThirdCountry() {
        return !EU_MEMBER_STATES.contains(code);
    }

    @JsonValue
    @Override
    public String toString() {
        return code;
    }
}
