package de.lotse.query.esf;

import de.lotse.api.participant.Answer;
import de.lotse.api.participant.Gender;
import de.lotse.api.participant.IntakeField;
import de.lotse.api.participant.LabourStatus;
import de.lotse.api.participant.ParticipantView.StageStatus;
import de.lotse.api.pathway.Certificate;
import de.lotse.api.pathway.ExitReason;
import de.lotse.api.pathway.FollowUpSituation;
import de.lotse.api.pathway.LabourMarketSituation;
import de.lotse.api.pathway.QualificationKind;
import de.lotse.api.pathway.Stage;
import de.lotse.api.support.MobilityKind;
import de.lotse.api.support.ReferralArea;
import de.lotse.query.esf.Participation.Characteristics;
import de.lotse.query.esf.Participation.Exit;
import de.lotse.query.esf.Participation.FollowUp;
import de.lotse.query.esf.Participation.Mobility;
import de.lotse.query.esf.Participation.Qualification;
import de.lotse.query.esf.Participation.Referral;
import de.lotse.query.esf.Participation.Situation;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Reads rows of {@code esf_fact}, in stream order, into one {@link ParticipationFold} per
 * participant, and hands each participant on as soon as the rows move to the next one.
 */
final class FactRows {

    private final Consumer<Participation> each;
    private @Nullable ParticipationFold fold;

    FactRows(Consumer<Participation> each) {
        this.each = each;
    }

    void apply(ResultSet row) throws SQLException {
        var participant = row.getObject("participant_id", UUID.class);
        if (fold == null || !fold.participantId().equals(participant)) {
            finish();
            fold = new ParticipationFold(participant);
        }
        foldInto(fold, row);
    }

    /** Hands on the participant whose rows were read last. */
    void finish() {
        if (fold != null) {
            fold.result().ifPresent(each);
            fold = null;
        }
    }

    private static void foldInto(ParticipationFold fold, ResultSet row) throws SQLException {
        var date = row.getObject("fact_date", LocalDate.class);
        switch (EsfFacts.Kind.valueOf(row.getString("kind"))) {
            case ENROLLED -> fold.enrol(characteristics(row, date));
            case CORRECTED ->
                fold.correct(
                        IntakeField.valueOf(row.getString("field")),
                        row.getString("value"),
                        row.getInt("age_at_entry"));
            case STAGE_STARTED -> fold.startStage(Stage.valueOf(row.getString("stage")), date);
            case STAGE_ENDED ->
                fold.endStage(
                        Stage.valueOf(row.getString("stage")),
                        date,
                        StageStatus.valueOf(row.getString("stage_status")));
            case QUALIFICATION ->
                fold.qualification(new Qualification(
                        date,
                        Certificate.valueOf(row.getString("certificate")),
                        QualificationKind.valueOf(row.getString("qualification_kind"))));
            case SITUATION ->
                fold.situation(new Situation(date, LabourMarketSituation.valueOf(row.getString("situation"))));
            case EXITED -> fold.exit(new Exit(date, ExitReason.valueOf(row.getString("exit_reason"))));
            case FOLLOW_UP ->
                fold.followUp(new FollowUp(
                        date,
                        FollowUpSituation.valueOf(row.getString("situation")),
                        row.getBoolean("better_situation")));
            case REFERRAL -> fold.referral(new Referral(date, ReferralArea.valueOf(row.getString("referral_area"))));
            case MOBILITY -> fold.mobility(new Mobility(date, MobilityKind.valueOf(row.getString("mobility_kind"))));
        }
    }

    private static Characteristics characteristics(ResultSet row, LocalDate entryDate) throws SQLException {
        return new Characteristics(
                Gender.valueOf(row.getString("gender")),
                entryDate,
                row.getInt("age_at_entry"),
                LabourStatus.valueOf(row.getString("labour_status")),
                row.getObject("isced", Integer.class),
                row.getBoolean("third_country"),
                answer(row, "foreign_background"),
                answer(row, "disability"),
                answer(row, "minority"),
                answer(row, "homeless"),
                row.getBoolean("rural"));
    }

    private static Answer answer(ResultSet row, String column) throws SQLException {
        return Answer.valueOf(row.getString(column));
    }
}
