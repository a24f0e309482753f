package de.lotse.web.intake;

import de.lotse.api.participant.Nationality;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The nationality choices of the intake form: every ISO country by its name in the user's language. */
final class Nationalities {

    /** One choice: the stored code and what the user reads. */
    record Choice(String code, String label) {}

    private Nationalities() {}

    /** Every ISO 3166-1 country sorted by its name in {@code locale}; stateless ({@code XX}) is offered by the page itself. */
    static List<Choice> in(Locale locale) {
        return Stream.of(Locale.getISOCountries())
                .filter(Nationality::isValid)
                .map(code -> new Choice(code, new Locale("", code).getDisplayCountry(locale) + " (" + code + ")"))
                .sorted(Comparator.comparing(Choice::label))
                .toList();
    }
}
