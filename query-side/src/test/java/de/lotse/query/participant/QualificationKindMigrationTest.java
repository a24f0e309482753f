package de.lotse.query.participant;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.platform.testing.TestDatabase;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Views written before {@code QualificationRecorded} revision 2 get the kind revision 1
 * qualifications are read with, so a live view and a rebuilt one show the same.
 */
class QualificationKindMigrationTest {

    @Test
    void givesEveryQualificationOfAnOlderViewTheVocationalKindInItsPlace() {
        var dataSource = TestDatabase.fresh();
        var flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/query")
                .table("flyway_history_query");
        flyway.target("61").load().migrate();
        var jdbc = JdbcClient.create(dataSource);
        var qualified = insertView(jdbc, """
                {"qualifications": [{"date": "2026-02-01", "title": "First aid", "certificate": "ATTENDANCE_ONLY"},
                                    {"date": "2026-03-01", "title": "Forklift", "certificate": "RECOGNISED"}]}""");
        var unqualified = insertView(jdbc, """
                {"qualifications": []}""");

        flyway.target("latest").load().migrate();

        assertThat(qualificationsOf(jdbc, qualified))
                .isEqualTo("[{\"date\": \"2026-02-01\", \"kind\": \"VOCATIONAL\", \"title\": \"First aid\","
                        + " \"certificate\": \"ATTENDANCE_ONLY\"}, {\"date\": \"2026-03-01\", \"kind\": \"VOCATIONAL\","
                        + " \"title\": \"Forklift\", \"certificate\": \"RECOGNISED\"}]");
        assertThat(qualificationsOf(jdbc, unqualified)).isEqualTo("[]");
    }

    private static UUID insertView(JdbcClient jdbc, String view) {
        var id = UUID.randomUUID();
        jdbc.sql(
                        "INSERT INTO participant_view (participant_id, coach, last_sequence, view) VALUES (?, 'coach1', 3, ?::jsonb)")
                .params(id, view)
                .update();
        return id;
    }

    private static String qualificationsOf(JdbcClient jdbc, UUID id) {
        return jdbc.sql("SELECT view -> 'qualifications' FROM participant_view WHERE participant_id = ?")
                .param(id)
                .query(String.class)
                .single();
    }
}
