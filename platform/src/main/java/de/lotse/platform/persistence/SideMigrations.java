package de.lotse.platform.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Each side migrates its own tables under its own Flyway history, so that version numbers of the
 * two sides never collide when they share one database, as they do in the all-in-one run.
 */
public final class SideMigrations {

    private SideMigrations() {}

    /** Migrates {@code classpath:db/<side>} under the history table {@code flyway_history_<side>}. */
    public static Flyway migrate(DataSource dataSource, String side) {
        var flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/" + side)
                .table("flyway_history_" + side.replace('-', '_'))
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
        flyway.migrate();
        return flyway;
    }
}
