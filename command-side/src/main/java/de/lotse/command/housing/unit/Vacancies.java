package de.lotse.command.housing.unit;

import static de.lotse.api.housing.HousingRule.VACANCY_CLOSED;
import static de.lotse.api.housing.HousingRule.VACANCY_OPEN;

import de.lotse.api.access.Refusal;
import de.lotse.api.housing.VacancyId;
import de.lotse.command.housing.HousingRuleViolation;
import de.lotse.command.system.Refused;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The unit's vacancies: at most one open at a time, closed when one of its offers is accepted. */
final class Vacancies {

    private final Set<VacancyId> known = new HashSet<>();
    private @Nullable VacancyId open;

    void opened(VacancyId vacancy) {
        known.add(vacancy);
        open = vacancy;
    }

    void closed(VacancyId vacancy) {
        if (vacancy.equals(open)) {
            open = null;
        }
    }

    void requireNoneOpen() {
        if (open != null) {
            throw new HousingRuleViolation(VACANCY_OPEN, "Vacancy " + open + " of the unit is open.");
        }
    }

    void requireOpen(VacancyId vacancy) {
        if (!known.contains(vacancy)) {
            throw new Refused(Refusal.unknown(Refusal.Reason.UNKNOWN_VACANCY, vacancy));
        }
        if (!vacancy.equals(open)) {
            throw new HousingRuleViolation(VACANCY_CLOSED, "Vacancy " + vacancy + " is closed.");
        }
    }

    Optional<VacancyId> open() {
        return Optional.ofNullable(open);
    }
}
