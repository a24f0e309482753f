package de.lotse.query.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;

class ParkingPolicyTest {

    @Test
    void parksAnEventTheHandlerCannotApply() {
        assertThat(ParkingPolicy.liesInTheEvent(
                        new IllegalArgumentException("not a date", new DateTimeParseException("x", "y", 0))))
                .isTrue();
    }

    @Test
    void parksAnEventWhoseDataTheDatabaseRefuses() {
        assertThat(ParkingPolicy.liesInTheEvent(sqlFailure("23505"))).isTrue();
        assertThat(ParkingPolicy.liesInTheEvent(sqlFailure("22001"))).isTrue();
        assertThat(ParkingPolicy.liesInTheEvent(sqlFailure("P0001"))).isTrue();
    }

    @Test
    void parksNothingWhileTheDatabaseItselfFails() {
        assertThat(ParkingPolicy.liesInTheEvent(sqlFailure("08006"))).isFalse();
        assertThat(ParkingPolicy.liesInTheEvent(sqlFailure("42P01"))).isFalse();
        assertThat(ParkingPolicy.liesInTheEvent(sqlFailure("53100"))).isFalse();
        assertThat(ParkingPolicy.liesInTheEvent(sqlFailure("40P01"))).isFalse();
        assertThat(ParkingPolicy.liesInTheEvent(new CannotGetJdbcConnectionException(
                        "pool", new SQLTransientConnectionException("Connection is not available"))))
                .isFalse();
    }

    private static UncategorizedSQLException sqlFailure(String state) {
        return new UncategorizedSQLException("write", "INSERT", new SQLException("refused", state));
    }
}
