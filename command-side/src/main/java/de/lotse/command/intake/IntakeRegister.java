package de.lotse.command.intake;

import de.lotse.api.participant.ParticipantId;
import de.lotse.api.participant.PersonalDetails;
import de.lotse.platform.privacy.HmacSha256;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which participant holds which intake key: the set-based duplicate check that an event-sourced
 * aggregate cannot make on its own. The participant writes it from its command handler, inside
 * the unit of work's transaction, so the register and the events commit or roll back together.
 *
 * <p>Race safety without catching: {@code INSERT … ON CONFLICT DO NOTHING} makes a second
 * transaction inserting the same key wait until the first commits and then skip the row; the
 * following select then names the first owner. A caught duplicate-key error instead would
 * leave the PostgreSQL transaction aborted.
 */
@Component
public class IntakeRegister {

    private final JdbcClient jdbc;
    private final SecretKeySpec secret;

    public IntakeRegister(JdbcClient jdbc, IntakeProperties properties) {
        this.jdbc = jdbc;
        this.secret = HmacSha256.key(properties.hashSecret());
    }

    /** Registers the participant under the person's key; the other participant already holding it, if any. */
    public Optional<ParticipantId> claim(ParticipantId participant, PersonalDetails details) {
        var key = IntakeKey.of(details, secret);
        jdbc.sql("""
                INSERT INTO intake_register (participant_id, intake_key) VALUES (:participant, :key)
                ON CONFLICT DO NOTHING""")
                .param("participant", participant.value())
                .param("key", key.value())
                .update();
        return ownerOf(key).filter(owner -> !owner.equals(participant));
    }

    /**
     * Moves the participant to the key of the corrected details; the other participant already
     * holding that key, if any. The caller refuses the correction then, which rolls the move back.
     */
    public Optional<ParticipantId> rekey(ParticipantId participant, PersonalDetails corrected) {
        jdbc.sql("DELETE FROM intake_register WHERE participant_id = :participant")
                .param("participant", participant.value())
                .update();
        return claim(participant, corrected);
    }

    /** Notes whose caseload the participant is in, at intake and at every reassignment. */
    public void assign(ParticipantId participant, String coach) {
        jdbc.sql("UPDATE intake_register SET coach = :coach WHERE participant_id = :participant")
                .param("coach", coach)
                .param("participant", participant.value())
                .update();
    }

    /** The coach of a registered participant, if known. */
    public Optional<String> coachOf(ParticipantId participant) {
        return jdbc.sql("SELECT coach FROM intake_register WHERE participant_id = :participant AND coach IS NOT NULL")
                .param("participant", participant.value())
                .query(String.class)
                .optional();
    }

    /** Whether the participant is enrolled and their personal data are kept, i.e. not erased. */
    public boolean holds(ParticipantId participant) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM intake_register WHERE participant_id = :participant)")
                .param("participant", participant.value())
                .query(Boolean.class)
                .single();
    }

    /**
     * Forgets the participant at erasure: a keyed hash of name, birth date and postcode still
     * singles the person out, so it goes with the rest of their personal data.
     */
    public void release(ParticipantId participant) {
        jdbc.sql("DELETE FROM intake_register WHERE participant_id = :participant")
                .param("participant", participant.value())
                .update();
    }

    /** Every participant whose personal data are still kept, i.e. not erased. */
    public List<ParticipantId> participants() {
        return jdbc
                .sql("SELECT participant_id FROM intake_register ORDER BY participant_id")
                .query(UUID.class)
                .list()
                .stream()
                .map(ParticipantId::new)
                .toList();
    }

    private Optional<ParticipantId> ownerOf(IntakeKey key) {
        return jdbc.sql("SELECT participant_id FROM intake_register WHERE intake_key = :key")
                .param("key", key.value())
                .query(UUID.class)
                .optional()
                .map(ParticipantId::new);
    }
}
