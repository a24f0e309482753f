package de.lotse.query.participant;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.platform.testing.TestDatabase;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Views written before {@code ParticipantExited} revision 2 get the follow-up date that revision 1
 * exits are read with, so a live view and a rebuilt one show the same.
 */
class FollowUpDateMigrationTest {

    @Test
    void givesEveryExitedViewTheFollowUpDateSixMonthsAfterExit() {
        var dataSource = TestDatabase.fresh();
        var flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/query")
                .table("flyway_history_query");
        flyway.target("31").load().migrate();
        var jdbc = JdbcClient.create(dataSource);
        var exited = insertView(jdbc, """
                {"exit": {"exitDate": "2026-08-31", "reason": "COMPLETED"}}""");
        var active = insertView(jdbc, """
                {"exit": null}""");

        flyway.target("latest").load().migrate();

        assertThat(exitOf(jdbc, exited))
                .isEqualTo(
                        "{\"reason\": \"COMPLETED\", \"exitDate\": \"2026-08-31\", \"followUpDueOn\": \"2027-02-28\"}");
        assertThat(exitOf(jdbc, active)).isEqualTo("null");
    }

    private static UUID insertView(JdbcClient jdbc, String view) {
        var id = UUID.randomUUID();
        jdbc.sql(
                        "INSERT INTO participant_view (participant_id, coach, last_sequence, view) VALUES (?, 'coach1', 3, ?::jsonb)")
                .params(id, view)
                .update();
        return id;
    }

    private static String exitOf(JdbcClient jdbc, UUID id) {
        return jdbc.sql("SELECT view -> 'exit' FROM participant_view WHERE participant_id = ?")
                .param(id)
                .query(String.class)
                .single();
    }
}
