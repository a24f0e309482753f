package de.lotse.app;

/** Intake bodies for the end-to-end tests, as a coach's form would send them. */
final class JourneyData {

    private JourneyData() {}

    static String intake(String firstName, String lastName) {
        return """
                {
                  "firstName": "%s", "lastName": "%s", "dateOfBirth": "1991-03-02",
                  "postcode": "44147", "gender": "FEMALE",
                  "entryDate": "2026-01-15",
                  "labourStatus": "LONG_TERM_UNEMPLOYED",
                  "isced": 2,
                  "nationality": "RO",
                  "foreignBackground": "YES", "disability": "NO", "minority": "DECLINED",
                  "homeless": "NO", "rural": false,
                  "consentGiven": true,
                  "coach": "coach1"
                }""".formatted(firstName, lastName);
    }
}
