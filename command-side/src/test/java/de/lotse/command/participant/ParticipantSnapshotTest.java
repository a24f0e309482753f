package de.lotse.command.participant;

import static de.lotse.command.participant.History.ELENA;
import static de.lotse.command.participant.History.ENTRY;
import static de.lotse.command.participant.History.ID;
import static de.lotse.command.participant.History.closedOn;
import static de.lotse.command.participant.History.day;
import static de.lotse.command.participant.History.enrolledOn;
import static de.lotse.command.participant.History.exitedOn;
import static de.lotse.command.participant.History.referredOn;
import static de.lotse.command.participant.History.started;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lotse.api.caseload.CoachReassigned;
import de.lotse.api.participant.IntakeCorrected;
import de.lotse.api.participant.IntakeField;
import de.lotse.api.pathway.FollowUpBecameDue;
import de.lotse.api.pathway.Stage;
import de.lotse.api.pathway.StageCompleted;
import de.lotse.api.support.ReferralArea;
import de.lotse.api.support.ReferralId;
import de.lotse.api.support.ReferralMade;
import de.lotse.api.support.ReferralOutcome;
import de.lotse.platform.messaging.SealedSnapshotSerializer;
import de.lotse.platform.persistence.SideMigrations;
import de.lotse.platform.privacy.ParticipantKeys;
import de.lotse.platform.privacy.PersonalDataCipher;
import de.lotse.platform.privacy.PrivacyProperties;
import de.lotse.platform.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import javax.sql.DataSource;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * A snapshot of the participant reads back into exactly the state it was written from, every
 * part of it, sealed with the participant's key on the way.
 */
class ParticipantSnapshotTest {

    private static final String MASTER_KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
    private static final ReferralId OPEN_REFERRAL = ReferralId.of("7e1f0c2d-3b4a-4c5d-8e6f-0a1b2c3d4e5f");
    private static final JsonMapper PLAIN = JsonMapper.builder().build();

    private final DataSource dataSource = TestDatabase.fresh();
    private final JdbcClient jdbc = JdbcClient.create(dataSource);
    private final ParticipantKeys keys = new ParticipantKeys(jdbc, new PrivacyProperties(MASTER_KEY));
    private final SealedSnapshotSerializer serializer =
            SealedSnapshotSerializer.of(new AnnotationRevisionResolver(), builder -> {}, new PersonalDataCipher(keys));

    /** In Lotse the enrolment's sealed fields create the participant's key. */
    @BeforeEach
    void enrolmentCreatedTheKey() {
        SideMigrations.migrate(dataSource, "command");
        keys.keyFor(ID.value());
    }

    @Test
    void readsBackIntoTheStateItWasWrittenFrom() {
        var participant = onTheWay();

        Participant read = serializer.deserialize(serializer.serialize(participant, byte[].class));

        assertThat(fields(read)).isEqualTo(fields(participant));
        assertThat(fields(read)).contains("Popescu", "QUALIFICATION", OPEN_REFERRAL.toString(), "coach2");
    }

    @Test
    void readsBackTheExitAndTheDueFollowUp() {
        var participant = exited();

        Participant read = serializer.deserialize(serializer.serialize(participant, byte[].class));

        assertThat(fields(read)).isEqualTo(fields(participant)).contains(day(30).toString());
    }

    @Test
    void keepsTheStagesInRouteOrderAfterReadingBack() {
        Participant read = serializer.deserialize(serializer.serialize(onTheWay(), byte[].class));
        var fromEvents = onTheWay();

        read.on(started(Stage.COACHING, day(40)));
        fromEvents.on(started(Stage.COACHING, day(40)));

        assertThat(fields(read)).isEqualTo(fields(fromEvents));
    }

    @Test
    void storesNoPersonalDatumInPlainText() {
        var stored = new String(serializer.serialize(onTheWay(), byte[].class).getData(), StandardCharsets.UTF_8);

        assertThat(stored)
                .contains(ID.toString(), "lotse:enc:v1:d:")
                .doesNotContain(
                        ELENA.firstName(),
                        ELENA.lastName(),
                        "1991-03-02",
                        ELENA.postcode(),
                        "44139",
                        "coach2",
                        "QUALIFICATION");
    }

    /**
     * Revision 1 is exactly this shape. A field added to or removed from the state or its parts
     * needs a new revision (and this list); otherwise a stored snapshot would read into a state
     * that lacks what the events would have set.
     */
    @Test
    void storesTheStateUnderTheRevisionOfItsShape() {
        var stored = serializer.serialize(onTheWay(), byte[].class);

        assertThat(stored.getType().getName()).isEqualTo(Participant.class.getName());
        assertThat(stored.getType().getRevision()).isEqualTo("1");
        var shape = PLAIN.valueToTree(exited());
        assertThat(shape.propertyNames())
                .containsExactlyInAnyOrder(
                        "id", "enrolment", "facts", "coach", "stages", "departure", "referrals", "steps", "erased");
        assertThat(shape.get("facts").propertyNames()).containsExactlyInAnyOrder("personalDetails", "entryDate");
        assertThat(shape.get("stages").propertyNames()).containsExactlyInAnyOrder("since", "coachingStarted");
        assertThat(shape.get("departure").propertyNames())
                .containsExactlyInAnyOrder("exitDate", "followUpDue", "followUpRecorded");
        assertThat(shape.get("referrals").propertyNames()).containsExactlyInAnyOrder("madeOn", "closed");
        assertThat(shape.get("steps").propertyNames()).containsExactlyInAnyOrder("earliest");
    }

    @Test
    void neitherWritesNorReadsASnapshotOnceTheKeyIsDestroyed() {
        var stored = serializer.serialize(onTheWay(), byte[].class);

        keys.destroy(ID.value());

        assertThatThrownBy(() -> serializer.deserialize(stored)).hasMessageContaining("erased");
        assertThatThrownBy(() -> serializer.serialize(onTheWay(), byte[].class)).hasMessageContaining("erased");
        assertThat(jdbc.sql("SELECT count(*) FROM participant_key")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    /** Every part of the state set: a correction, a new coach, stages run and ended, referrals closed and open. */
    private static Participant onTheWay() {
        var participant = new Participant();
        participant.on(enrolledOn(ENTRY));
        participant.on(new IntakeCorrected(ID, IntakeField.POSTCODE, "44139", "moved", 34));
        participant.on(new CoachReassigned(ID, "coach2"));
        participant.on(started(Stage.COACHING, day(1)));
        participant.on(started(Stage.LANGUAGE_SUPPORT, day(2)));
        participant.on(started(Stage.QUALIFICATION, day(3)));
        participant.on(new StageCompleted(ID, Stage.COACHING, day(20), "done"));
        participant.on(referredOn(day(4)));
        participant.on(closedOn(day(9), ReferralOutcome.RESOLVED));
        participant.on(new ReferralMade(ID, OPEN_REFERRAL, day(5), ReferralArea.HEALTH, "GP", null));
        return participant;
    }

    private static Participant exited() {
        var participant = onTheWay();
        participant.on(exitedOn(day(30), Stage.LANGUAGE_SUPPORT, Stage.QUALIFICATION));
        participant.on(new FollowUpBecameDue(ID, day(30).plusMonths(6)));
        return participant;
    }

    private static String fields(Participant participant) {
        return PLAIN.writeValueAsString(participant);
    }
}
