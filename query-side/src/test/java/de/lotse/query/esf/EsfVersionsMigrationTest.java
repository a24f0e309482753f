package de.lotse.query.esf;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.platform.persistence.SideMigrations;
import de.lotse.platform.testing.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A database whose esf-facts processor has read events before the versions existed loses that
 * processor's token with the migration that adds the versions, so that the processor reads every
 * event again and fills them; every other processor keeps its place.
 */
class EsfVersionsMigrationTest {

    @Test
    void makesOnlyTheEsfFactsProcessorReadEveryEventAgain() {
        var dataSource = TestDatabase.fresh();
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/query")
                .table("flyway_history_query")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .target("66")
                .load()
                .migrate();
        var jdbc = JdbcClient.create(dataSource);
        for (var processor : new String[] {"esf-facts", "caseload", "pathways"}) {
            for (var segment = 0; segment < 2; segment++) {
                jdbc.sql("INSERT INTO tokenentry (processorname, segment, owner) VALUES (:processor, :segment, NULL)")
                        .param("processor", processor)
                        .param("segment", segment)
                        .update();
            }
        }

        SideMigrations.migrate(dataSource, "query");

        assertThat(jdbc.sql("SELECT DISTINCT processorname FROM tokenentry ORDER BY 1")
                        .query(String.class)
                        .list())
                .containsExactly("caseload", "pathways");
        assertThat(jdbc.sql("SELECT count(*) FROM esf_version")
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
