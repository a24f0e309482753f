package de.lotse.platform.persistence;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code db} entry of {@code /actuator/health}, in place of Spring Boot's, whose check of the
 * connection has no time limit: a database that stops answering would make the health endpoint
 * hang as well, instead of saying DOWN. Here the pool's connection timeout bounds the wait for a
 * connection and {@value #CHECK_SECONDS} s bound the check on it.
 */
@Component("dbHealthIndicator")
class DatabaseHealth implements HealthIndicator {

    private static final int CHECK_SECONDS = 1;

    private final DataSource dataSource;

    DatabaseHealth(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Health health() {
        try (var connection = dataSource.getConnection()) {
            if (!connection.isValid(CHECK_SECONDS)) {
                return Health.down()
                        .withDetail("error", "no answer within " + CHECK_SECONDS + " s")
                        .build();
            }
            return Health.up()
                    .withDetail("database", connection.getMetaData().getDatabaseProductName())
                    .build();
        } catch (SQLException e) {
            return Health.down(e).build();
        }
    }
}
