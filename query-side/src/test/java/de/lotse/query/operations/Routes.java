package de.lotse.query.operations;

import static de.lotse.query.testing.Events.enrolled;

import de.lotse.api.caseload.CoachReassigned;
import de.lotse.api.participant.IntakeCorrected;
import de.lotse.api.participant.IntakeField;
import de.lotse.api.participant.ParticipantId;
import de.lotse.api.pathway.Certificate;
import de.lotse.api.pathway.ExitReason;
import de.lotse.api.pathway.FollowUpBecameDue;
import de.lotse.api.pathway.FollowUpRecorded;
import de.lotse.api.pathway.FollowUpSituation;
import de.lotse.api.pathway.HousingSituation;
import de.lotse.api.pathway.HousingSituationRecorded;
import de.lotse.api.pathway.LabourMarketSituation;
import de.lotse.api.pathway.LabourMarketSituationRecorded;
import de.lotse.api.pathway.ParticipantExited;
import de.lotse.api.pathway.QualificationKind;
import de.lotse.api.pathway.QualificationRecorded;
import de.lotse.api.pathway.Stage;
import de.lotse.api.pathway.StageAborted;
import de.lotse.api.pathway.StageCompleted;
import de.lotse.api.pathway.StageStarted;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Participants walking varied routes through the programme, for the rebuild and status tests. */
final class Routes {

    private static final LocalDate ENTRY = LocalDate.of(2026, 1, 15);

    private Routes() {}

    /** Appends {@code count} participants' routes, one participant per transaction; their ids in order. */
    static List<ParticipantId> walk(ReadSide readSide, int count) {
        var ids = new ArrayList<ParticipantId>();
        for (var i = 0; i < count; i++) {
            var id = ParticipantId.random();
            ids.add(id);
            readSide.append(enrolled(id, "First" + i, "Last" + i, "coach" + (i % 3), ENTRY.plusDays(i)));
            readSide.append(
                    new StageStarted(id, Stage.COACHING, ENTRY.plusDays(i + 1)),
                    new StageStarted(id, Stage.QUALIFICATION, ENTRY.plusDays(i + 5)),
                    new QualificationRecorded(
                            id,
                            ENTRY.plusDays(i + 40),
                            "Forklift",
                            Certificate.RECOGNISED,
                            QualificationKind.VOCATIONAL),
                    new StageCompleted(id, Stage.QUALIFICATION, ENTRY.plusDays(i + 40), null));
            if (i % 2 == 0) {
                readSide.append(
                        new StageStarted(id, Stage.LANGUAGE_SUPPORT, ENTRY.plusDays(i + 7)),
                        new StageAborted(id, Stage.LANGUAGE_SUPPORT, ENTRY.plusDays(i + 20), "cancelled"),
                        new IntakeCorrected(id, IntakeField.FIRST_NAME, "Corrected" + i, "typo", 35));
            }
            if (i % 3 == 0) {
                readSide.append(
                        new CoachReassigned(id, "coach9"),
                        new HousingSituationRecorded(id, ENTRY.plusDays(i + 50), HousingSituation.OWN_TENANCY, null));
            }
            if (i % 4 != 3) {
                exit(readSide, id, i);
            }
        }
        return ids;
    }

    private static void exit(ReadSide readSide, ParticipantId id, int i) {
        var exitDate = ENTRY.plusDays(i + 90);
        readSide.append(
                new LabourMarketSituationRecorded(id, exitDate, LabourMarketSituation.EMPLOYED, "30 h"),
                new ParticipantExited(
                        id, exitDate, ExitReason.COMPLETED, List.of(Stage.COACHING), exitDate.plusMonths(6)));
        if (i % 4 != 2) {
            readSide.append(new FollowUpBecameDue(id, exitDate.plusMonths(6)));
        }
        if (i % 4 == 0) {
            readSide.append(new FollowUpRecorded(id, exitDate.plusMonths(7), FollowUpSituation.UNREACHABLE, false));
        }
    }
}
