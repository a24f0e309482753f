package de.lotse.query.testing;

import de.lotse.api.access.Caller;
import de.lotse.api.access.Role;
import de.lotse.api.participant.Answer;
import de.lotse.api.participant.Gender;
import de.lotse.api.participant.LabourStatus;
import de.lotse.api.participant.Nationality;
import de.lotse.api.participant.ParticipantEnrolled;
import de.lotse.api.participant.ParticipantId;
import de.lotse.api.participant.PersonalDetails;
import java.time.LocalDate;
import java.util.Set;

/** Events and callers for the projection and query tests, with plausible intake answers. */
public final class Events {

    public static final Caller LEAD = new Caller("lead", Set.of(Role.TEAM_LEAD));
    public static final Caller AUDITOR = new Caller("auditor", Set.of(Role.AUDITOR));

    private Events() {}

    public static Caller coach(String user) {
        return new Caller(user, Set.of(Role.COACH));
    }

    public static ParticipantEnrolled enrolled(
            ParticipantId id, String firstName, String lastName, String coach, LocalDate entryDate) {
        var person = new PersonalDetails(firstName, lastName, LocalDate.of(1991, 3, 2), "44147");
        return new ParticipantEnrolled(
                id,
                person,
                person.ageOn(entryDate),
                Gender.FEMALE,
                entryDate,
                LabourStatus.LONG_TERM_UNEMPLOYED,
                2,
                Nationality.of("RO"),
                Answer.YES,
                Answer.NO,
                Answer.DECLINED,
                Answer.NO,
                false,
                coach);
    }
}
