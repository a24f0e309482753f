package de.lotse.api.participant;

import java.time.LocalDate;
import java.time.Period;
import org.jspecify.annotations.Nullable;

/**
 * The data that identify a person: names, date of birth and postcode. They are personal data and
 * are kept apart from the characteristics the indicators need, so that erasing them leaves the
 * statistics intact. Once erased, the names and postcode read {@code [erased]} and the date of
 * birth is gone (null); the age at entry lives on in the events that need it.
 */
public record PersonalDetails(
        String firstName, String lastName, @Nullable LocalDate dateOfBirth, String postcode) {

    /** What an erased personal text reads as, in every event and view. */
    public static final String ERASED = "[erased]";

    /** Completed years of age on {@code date}, as the ESF+ age bands count it. */
    public int ageOn(LocalDate date) {
        if (dateOfBirth == null) {
            throw new IllegalStateException("the date of birth has been erased");
        }
        return Period.between(dateOfBirth, date).getYears();
    }

    public String displayName() {
        return firstName + " " + lastName;
    }
}
