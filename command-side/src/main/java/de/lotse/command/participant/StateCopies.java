package de.lotse.command.participant;

import de.lotse.api.participant.ParticipantId;
import de.lotse.command.system.StorageConfiguration;
import org.axonframework.common.caching.Cache;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The copies of a participant's state kept beside their events for speed: the stored snapshots
 * and the entry in this JVM's cache. Both hold the personal data, so an erasure discards them, and
 * the participant is then read from the events alone, as if never snapshotted.
 */
@Component
class StateCopies {

    private final JdbcClient jdbc;
    private final Cache cache;

    StateCopies(JdbcClient jdbc, @Qualifier(StorageConfiguration.PARTICIPANT_CACHE) Cache cache) {
        this.jdbc = jdbc;
        this.cache = cache;
    }

    /**
     * Deletes the snapshots in the caller's transaction and evicts the cache entry. Axon puts the
     * participant back into the cache as the unit of work commits, so it is evicted once more
     * after the commit.
     */
    void discard(ParticipantId participant) {
        var id = participant.toString();
        jdbc.sql("DELETE FROM snapshotevententry WHERE aggregateidentifier = :id")
                .param("id", id)
                .update();
        cache.remove(id);
        CurrentUnitOfWork.ifStarted(unit -> unit.afterCommit(committed -> cache.remove(id)));
    }
}
