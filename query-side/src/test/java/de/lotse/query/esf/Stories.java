package de.lotse.query.esf;

import de.lotse.api.participant.Answer;
import de.lotse.api.participant.Gender;
import de.lotse.api.participant.IntakeCorrected;
import de.lotse.api.participant.IntakeField;
import de.lotse.api.participant.LabourStatus;
import de.lotse.api.participant.Nationality;
import de.lotse.api.participant.ParticipantEnrolled;
import de.lotse.api.participant.ParticipantEvent;
import de.lotse.api.participant.ParticipantId;
import de.lotse.api.participant.PersonalDetails;
import de.lotse.api.pathway.Certificate;
import de.lotse.api.pathway.ExitReason;
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
import de.lotse.api.support.MobilityKind;
import de.lotse.api.support.MobilitySupportRecorded;
import de.lotse.api.support.ReferralArea;
import de.lotse.api.support.ReferralId;
import de.lotse.api.support.ReferralMade;
import de.lotse.platform.persistence.SideMigrations;
import de.lotse.platform.testing.TestDatabase;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntConsumer;
import javax.sql.DataSource;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Participants' stories as the ESF facts projection receives them, on a fresh database: each event
 * numbered in its stream and stamped with the instant it was recorded, and handed over through
 * Axon's annotation adapter, so that the handlers' sequence and timestamp parameters are resolved
 * as in the running processor. Every free text a story records contains {@link #FREE_TEXT}, so a
 * test can show that none of it reaches a report or an export. Public for the export's tests.
 */
public final class Stories {

    /** When the events are recorded unless a story says otherwise. */
    public static final Instant RECORDED = Instant.parse("2027-01-10T12:00:00Z");

    /** Part of every free text the stories record: details, titles, notes and reasons. */
    public static final String FREE_TEXT = "free text";

    private final DataSource dataSource;
    private final TransactionTemplate transactions;
    private final EsfFacts facts;
    private final EsfVersions versions;
    private final AnnotationEventHandlerAdapter projection;
    private final List<EventMessage<?>> delivered = new ArrayList<>();

    public Stories() {
        dataSource = TestDatabase.fresh();
        SideMigrations.migrate(dataSource, "query");
        transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        facts = new EsfFacts(new NamedParameterJdbcTemplate(dataSource), transactions);
        versions = new EsfVersions(
                new NamedParameterJdbcTemplate(dataSource), JsonMapper.builder().build());
        projection = new AnnotationEventHandlerAdapter(new EsfFactsProjection(facts, versions));
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public EsfFacts facts() {
        return facts;
    }

    EsfVersions versions() {
        return versions;
    }

    /**
     * Tells {@code count} stories, numbered from 0, {@code perUnit} at a time in one unit of work and
     * transaction, as the processor applies a batch of events: the projection writes its rows once
     * per unit.
     */
    void inUnitsOfWork(int count, int perUnit, IntConsumer story) {
        for (var first = 0; first < count; first += perUnit) {
            var from = first;
            transactions.executeWithoutResult(transaction -> DefaultUnitOfWork.startAndGet(null)
                    .execute(() -> {
                        for (var i = from; i < Math.min(count, from + perUnit); i++) {
                            story.accept(i);
                        }
                    }));
        }
    }

    /** A participant with this name, a fixed postcode of {@code 44147} and the given id. */
    public Story of(UUID id, String firstName, String lastName) {
        return new Story(new ParticipantId(id), firstName, lastName);
    }

    public Story of(String firstName, String lastName) {
        return of(UUID.randomUUID(), firstName, lastName);
    }

    /** Hands every event delivered so far to the projection once more, as a processor may after a crash. */
    public void redeliverEverything() {
        List.copyOf(delivered).forEach(this::handle);
    }

    public void reset() {
        projection.prepareReset();
    }

    private void handle(EventMessage<?> message) {
        try {
            projection.handle(message);
        } catch (Exception e) {
            throw new IllegalStateException("the projection failed on " + message.getPayloadType(), e);
        }
    }

    /** What a participant answered at entry; everything not given is "no", ISCED 3, German, urban. */
    public record Intake(
            Gender gender,
            LocalDate entryDate,
            int ageAtEntry,
            LabourStatus labourStatus,
            @Nullable Integer isced,
            String nationality,
            Answer foreignBackground,
            Answer disability,
            Answer minority,
            Answer homeless,
            boolean rural) {

        public static Intake of(Gender gender, LocalDate entryDate, int ageAtEntry, LabourStatus labourStatus) {
            return new Intake(
                    gender,
                    entryDate,
                    ageAtEntry,
                    labourStatus,
                    3,
                    "DE",
                    Answer.NO,
                    Answer.NO,
                    Answer.NO,
                    Answer.NO,
                    false);
        }

        public Intake isced(@Nullable Integer level) {
            return new Intake(
                    gender,
                    entryDate,
                    ageAtEntry,
                    labourStatus,
                    level,
                    nationality,
                    foreignBackground,
                    disability,
                    minority,
                    homeless,
                    rural);
        }

        public Intake from(String country) {
            return new Intake(
                    gender,
                    entryDate,
                    ageAtEntry,
                    labourStatus,
                    isced,
                    country,
                    foreignBackground,
                    disability,
                    minority,
                    homeless,
                    rural);
        }

        public Intake answers(Answer foreign, Answer disabled, Answer minorityMember, Answer homelessness) {
            return new Intake(
                    gender,
                    entryDate,
                    ageAtEntry,
                    labourStatus,
                    isced,
                    nationality,
                    foreign,
                    disabled,
                    minorityMember,
                    homelessness,
                    rural);
        }

        public Intake inRuralArea() {
            return new Intake(
                    gender,
                    entryDate,
                    ageAtEntry,
                    labourStatus,
                    isced,
                    nationality,
                    foreignBackground,
                    disability,
                    minority,
                    homeless,
                    true);
        }
    }

    /** One participant's stream; each call records the next event. */
    public final class Story {

        private final ParticipantId id;
        private final String firstName;
        private final String lastName;
        private long sequence;
        private Instant recording = RECORDED;

        private Story(ParticipantId id, String firstName, String lastName) {
            this.id = id;
            this.firstName = firstName;
            this.lastName = lastName;
        }

        public ParticipantId id() {
            return id;
        }

        /** Records the events that follow at {@code instant} instead of {@link #RECORDED}. */
        public Story recordedAt(Instant instant) {
            recording = instant;
            return this;
        }

        public Story enrol(Intake intake) {
            var person = new PersonalDetails(
                    firstName, lastName, intake.entryDate().minusYears(intake.ageAtEntry()), "44147");
            return record(
                    new ParticipantEnrolled(
                            id,
                            person,
                            intake.ageAtEntry(),
                            intake.gender(),
                            intake.entryDate(),
                            intake.labourStatus(),
                            intake.isced(),
                            Nationality.of(intake.nationality()),
                            intake.foreignBackground(),
                            intake.disability(),
                            intake.minority(),
                            intake.homeless(),
                            intake.rural(),
                            "coach1"),
                    recording);
        }

        public Story correct(IntakeField field, @Nullable String value, int ageAtEntry, Instant recordedAt) {
            return record(
                    new IntakeCorrected(id, field, value, FREE_TEXT + ": typo at intake", ageAtEntry), recordedAt);
        }

        public Story startStage(Stage stage, LocalDate date) {
            return record(new StageStarted(id, stage, date), recording);
        }

        public Story completeStage(Stage stage, LocalDate date) {
            return record(new StageCompleted(id, stage, date, FREE_TEXT + ": note of " + firstName), recording);
        }

        public Story abortStage(Stage stage, LocalDate date) {
            return record(new StageAborted(id, stage, date, FREE_TEXT + ": reason of " + firstName), recording);
        }

        public Story situation(LocalDate date, LabourMarketSituation situation) {
            return record(
                    new LabourMarketSituationRecorded(id, date, situation, FREE_TEXT + ": detail of " + firstName),
                    recording);
        }

        /**
         * A job on a renovation, as the housing process records it: EMPLOYED from the first day of
         * work, the property's address as detail, sent by Lotse itself on the housing event.
         */
        public Story renovationJob(LocalDate from, String address) {
            return record(
                    new LabourMarketSituationRecorded(id, from, LabourMarketSituation.EMPLOYED, address),
                    recording,
                    Map.of("recordedBy", "system", "causationId", "renovation-worker-event-of-" + firstName));
        }

        public Story housing(LocalDate date, HousingSituation situation) {
            return record(
                    new HousingSituationRecorded(id, date, situation, FREE_TEXT + ": housing of " + firstName),
                    recording);
        }

        public Story qualification(LocalDate date, Certificate certificate) {
            return qualification(date, certificate, QualificationKind.VOCATIONAL);
        }

        public Story qualification(LocalDate date, Certificate certificate, QualificationKind kind) {
            return record(
                    new QualificationRecorded(id, date, FREE_TEXT + ": course of " + firstName, certificate, kind),
                    recording);
        }

        public Story referral(LocalDate date, ReferralArea area) {
            return record(
                    new ReferralMade(
                            id,
                            ReferralId.random(),
                            date,
                            area,
                            FREE_TEXT + ": provider of " + firstName,
                            FREE_TEXT + ": referral of " + firstName),
                    recording);
        }

        public Story mobility(LocalDate date, MobilityKind kind) {
            return record(
                    new MobilitySupportRecorded(
                            id,
                            date,
                            kind,
                            FREE_TEXT + ": region of " + firstName,
                            new BigDecimal("120.00"),
                            FREE_TEXT + ": mobility of " + firstName),
                    recording);
        }

        public Story exit(LocalDate date, ExitReason reason) {
            return record(new ParticipantExited(id, date, reason, List.of(), date.plusMonths(6)), recording);
        }

        public Story exit(LocalDate date, ExitReason reason, List<Stage> stagesClosed) {
            return record(new ParticipantExited(id, date, reason, stagesClosed, date.plusMonths(6)), recording);
        }

        public Story followUp(LocalDate date, FollowUpSituation situation, boolean betterSituation) {
            return record(new FollowUpRecorded(id, date, situation, betterSituation), recording);
        }

        private Story record(ParticipantEvent event, Instant recordedAt) {
            return record(event, recordedAt, Map.of());
        }

        private Story record(ParticipantEvent event, Instant recordedAt, Map<String, String> metaData) {
            var message = new GenericDomainEventMessage<>(
                    "Participant",
                    id.toString(),
                    sequence++,
                    event,
                    metaData,
                    UUID.randomUUID().toString(),
                    recordedAt);
            delivered.add(message);
            handle(message);
            return this;
        }
    }
}
