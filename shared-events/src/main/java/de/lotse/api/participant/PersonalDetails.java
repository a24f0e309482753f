package de.lotse.api.participant;

import java.time.LocalDate;
import java.time.Period;

/**
 * The data that identify a person: names, date of birth and postcode. They are personal data and
 * are kept apart from the characteristics the indicators need, so that erasing them leaves the
 * statistics intact.
 */
public record PersonalDetails(String firstName, String lastName, LocalDate dateOfBirth, String postcode) {

    /** Completed years of age on {@code date}, as the ESF+ age bands count it. */
    public int ageOn(LocalDate date) {
        return Period.between(dateOfBirth, date).getYears();
    }

    public String displayName() {
        return firstName + " " + lastName;
    }
}
