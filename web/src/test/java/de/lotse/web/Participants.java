package de.lotse.web;

import de.lotse.api.account.CoachChoice;
import de.lotse.api.participant.Answer;
import de.lotse.api.participant.Gender;
import de.lotse.api.participant.LabourStatus;
import de.lotse.api.participant.ParticipantView;
import de.lotse.api.participant.ParticipantView.MobilityView;
import de.lotse.api.participant.ParticipantView.ReferralStatus;
import de.lotse.api.participant.ParticipantView.ReferralView;
import de.lotse.api.participant.ParticipantView.StageStatus;
import de.lotse.api.participant.ParticipantView.StageView;
import de.lotse.api.pathway.Stage;
import de.lotse.api.support.MobilityKind;
import de.lotse.api.support.ReferralArea;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Participants as the query side answers them, for tests that mock the query gateway. */
public final class Participants {

    public static final String ID = "8f6a4c1e-2b1d-4d7e-9a51-3c0f2e6b7a10";
    public static final LocalDate ENTRY = LocalDate.of(2026, 1, 15);
    public static final String REFERRAL = "5d2c8e0a-7b3f-4e61-9c4d-2a1b0f9e8d7c";

    /** The coaches a team lead may put a participant with, as {@code FindCoaches} answers. */
    public static final List<CoachChoice> COACHES =
            List.of(new CoachChoice("coach1", "Clara Adler"), new CoachChoice("coach2", "Carla Berger"));

    private Participants() {}

    /** Elena, just enrolled by coach1, with no step of the route yet. */
    public static ParticipantView elena() {
        return new ParticipantView(
                ID,
                "Elena",
                "Popescu",
                LocalDate.of(1991, 3, 2),
                "44147",
                Gender.FEMALE,
                ENTRY,
                LabourStatus.LONG_TERM_UNEMPLOYED,
                2,
                "RO",
                Answer.YES,
                Answer.NO,
                Answer.DECLINED,
                Answer.NO,
                false,
                true,
                "coach1",
                false,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }

    /** Elena with coaching running since the given day. */
    public static ParticipantView elenaCoachedSince(LocalDate start) {
        var elena = elena();
        return new ParticipantView(
                elena.id(),
                elena.firstName(),
                elena.lastName(),
                elena.dateOfBirth(),
                elena.postcode(),
                elena.gender(),
                elena.entryDate(),
                elena.labourStatus(),
                elena.isced(),
                elena.nationality(),
                elena.foreignBackground(),
                elena.disability(),
                elena.minority(),
                elena.homeless(),
                elena.rural(),
                elena.consentGiven(),
                elena.coach(),
                elena.erased(),
                List.of(new StageView(Stage.COACHING, StageStatus.ACTIVE, start, null)),
                List.of(),
                List.of(),
                List.of(),
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }

    /** Elena with an open referral to a provider the directory does not list, and a travel-cost support. */
    public static ParticipantView elenaSupported() {
        var elena = elena();
        return new ParticipantView(
                elena.id(),
                elena.firstName(),
                elena.lastName(),
                elena.dateOfBirth(),
                elena.postcode(),
                elena.gender(),
                elena.entryDate(),
                elena.labourStatus(),
                elena.isced(),
                elena.nationality(),
                elena.foreignBackground(),
                elena.disability(),
                elena.minority(),
                elena.homeless(),
                elena.rural(),
                elena.consentGiven(),
                elena.coach(),
                elena.erased(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                null,
                List.of(new ReferralView(
                        REFERRAL,
                        ENTRY.plusDays(3),
                        ReferralArea.HEALTH,
                        "Praxis Dr. Ionescu",
                        false,
                        ReferralStatus.OPEN,
                        null,
                        null,
                        "needs a GP",
                        null)),
                List.of(new MobilityView(
                        ENTRY.plusDays(5), MobilityKind.TRAVEL_COSTS, "Münsterland", new BigDecimal("120.00"), null)),
                List.of(),
                List.of());
    }
}
