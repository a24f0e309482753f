package de.lotse.query.esf;

import de.lotse.api.participant.IntakeCorrected;
import de.lotse.api.participant.ParticipantEnrolled;
import de.lotse.api.participant.ParticipantEvent;
import de.lotse.api.participant.ParticipantView.StageStatus;
import de.lotse.api.pathway.FollowUpRecorded;
import de.lotse.api.pathway.LabourMarketSituationRecorded;
import de.lotse.api.pathway.ParticipantExited;
import de.lotse.api.pathway.QualificationRecorded;
import de.lotse.api.pathway.StageAborted;
import de.lotse.api.pathway.StageCompleted;
import de.lotse.api.pathway.StageStarted;
import de.lotse.api.support.MobilitySupportRecorded;
import de.lotse.api.support.ReferralMade;
import de.lotse.query.esf.Participation.Characteristics;
import de.lotse.query.esf.Participation.Exit;
import de.lotse.query.esf.Participation.FollowUp;
import de.lotse.query.esf.Participation.Mobility;
import de.lotse.query.esf.Participation.Qualification;
import de.lotse.query.esf.Participation.Referral;
import de.lotse.query.esf.Participation.Situation;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * Keeps the facts the ESF+ indicators are computed from, each with the instant its event was
 * recorded, and folds each event on into the participant's standing in the report, of which a new
 * version is kept whenever the event changes it, from the instant it was recorded: so a report can
 * be counted as it would have been at any earlier instant, without folding anything. Only
 * characteristics, dates and kinds are taken from the events: names, date of birth, postcode,
 * nationality, titles, details, notes, reasons, providers and regions never reach the table.
 * Housing situations and coach reassignments count in no indicator and are left out; referrals and
 * mobility support count in none either, but the pseudonymised export lists their areas and kinds.
 */
@Component
@ProcessingGroup("esf-facts")
class EsfFactsProjection {

    private final EsfFacts facts;
    private final EsfVersions versions;

    EsfFactsProjection(EsfFacts facts, EsfVersions versions) {
        this.facts = facts;
        this.versions = versions;
    }

    @EventHandler
    void on(ParticipantEnrolled event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        facts.enrol(source(event, sequence, recordedAt), Characteristics.at(event));
        versions.record(event, sequence, recordedAt);
    }

    @EventHandler
    void on(IntakeCorrected event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        facts.correct(
                source(event, sequence, recordedAt),
                event.field(),
                ParticipationFold.keptValue(event.field(), event.value()),
                event.ageAtEntry());
        versions.record(event, sequence, recordedAt);
    }

    @EventHandler
    void on(StageStarted event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        facts.startStage(source(event, sequence, recordedAt), event.stage(), event.startDate());
        versions.record(event, sequence, recordedAt);
    }

    @EventHandler
    void on(StageCompleted event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        facts.endStage(source(event, sequence, recordedAt), event.stage(), event.date(), StageStatus.COMPLETED);
        versions.record(event, sequence, recordedAt);
    }

    @EventHandler
    void on(StageAborted event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        facts.endStage(source(event, sequence, recordedAt), event.stage(), event.date(), StageStatus.ABORTED);
        versions.record(event, sequence, recordedAt);
    }

    @EventHandler
    void on(QualificationRecorded event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        facts.qualification(
                source(event, sequence, recordedAt),
                new Qualification(event.date(), event.certificate(), event.kind()));
        versions.record(event, sequence, recordedAt);
    }

    @EventHandler
    void on(LabourMarketSituationRecorded event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        facts.situation(source(event, sequence, recordedAt), new Situation(event.date(), event.situation()));
        versions.record(event, sequence, recordedAt);
    }

    @EventHandler
    void on(ParticipantExited event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        facts.exit(source(event, sequence, recordedAt), new Exit(event.exitDate(), event.reason()));
        versions.record(event, sequence, recordedAt);
    }

    @EventHandler
    void on(FollowUpRecorded event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        facts.followUp(
                source(event, sequence, recordedAt),
                new FollowUp(event.date(), event.situation(), event.betterSituation()));
        versions.record(event, sequence, recordedAt);
    }

    @EventHandler
    void on(ReferralMade event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        facts.referral(source(event, sequence, recordedAt), new Referral(event.date(), event.area()));
        versions.record(event, sequence, recordedAt);
    }

    @EventHandler
    void on(MobilitySupportRecorded event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        facts.mobility(source(event, sequence, recordedAt), new Mobility(event.date(), event.kind()));
        versions.record(event, sequence, recordedAt);
    }

    @ResetHandler
    void reset() {
        versions.deleteAll();
        facts.deleteAll();
    }

    private static FactSource source(ParticipantEvent event, long sequence, Instant recordedAt) {
        return new FactSource(event.participantId().value(), sequence, recordedAt);
    }
}
