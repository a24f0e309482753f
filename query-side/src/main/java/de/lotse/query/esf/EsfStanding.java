package de.lotse.query.esf;

import de.lotse.api.participant.Gender;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * What the ESF+ report counts of one participant: the gender, the entry and exit dates that put
 * the participant into a period, and which of the 23 indicators' rules the participant meets, as
 * bits in the order of {@link EsfIndicators} (EECO01 is bit 0, EECR06 bit 22). The rules are
 * decided here, by {@link EsfIndicators} itself; only the period is left to the report's SQL.
 */
record EsfStanding(
        Gender gender, LocalDate entryDate, @Nullable LocalDate exitDate, int indicators) {

    static EsfStanding of(Participation participation) {
        var exit = participation.exit();
        return new EsfStanding(
                participation.atEntry().gender(),
                participation.atEntry().entryDate(),
                exit == null ? null : exit.date(),
                Arrays.stream(EsfIndicators.values())
                        .filter(indicator -> indicator.isSatisfiedBy(participation))
                        .mapToInt(EsfStanding::bit)
                        .sum());
    }

    /** The indicator's bit in {@link #indicators()}. */
    static int bit(EsfIndicators indicator) {
        return 1 << indicator.ordinal();
    }

    /** The standing as the named parameters of an {@code esf_version} row. */
    MapSqlParameterSource columns() {
        return new MapSqlParameterSource()
                .addValue("gender", gender.name())
                .addValue("entryDate", entryDate)
                .addValue("exitDate", exitDate, Types.DATE)
                .addValue("indicators", indicators);
    }
}
