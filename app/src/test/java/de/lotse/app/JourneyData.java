package de.lotse.app;

import java.time.LocalDate;
import java.util.UUID;

/** Intake bodies for the end-to-end tests, as a coach's form would send them. */
final class JourneyData {

    private static final LocalDate ENTRY_DATE = LocalDate.of(2026, 1, 15);

    private JourneyData() {}

    static String intake(String firstName, String lastName) {
        return intake(firstName, lastName, ENTRY_DATE);
    }

    /** An intake under an id the client chose, so that it knows the participant even when no answer came. */
    static String intake(UUID id, String firstName, String lastName, LocalDate entryDate) {
        return "{\"id\": \"" + id + "\","
                + intake(firstName, lastName, entryDate).substring(1);
    }

    private static String intake(String firstName, String lastName, LocalDate entryDate) {
        return """
                {
                  "firstName": "%s", "lastName": "%s", "dateOfBirth": "1991-03-02",
                  "postcode": "44147", "gender": "FEMALE",
                  "entryDate": "%s",
                  "labourStatus": "LONG_TERM_UNEMPLOYED",
                  "isced": 2,
                  "nationality": "RO",
                  "foreignBackground": "YES", "disability": "NO", "minority": "DECLINED",
                  "homeless": "NO", "rural": false,
                  "consentGiven": true,
                  "coach": "coach1"
                }""".formatted(firstName, lastName, entryDate);
    }
}
