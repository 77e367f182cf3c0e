package org.civicspace.platform.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which database failures are an outage to retry (503), and which stay faults of ours (500). */
class DatabaseOutageTest {

    @ParameterizedTest
    @CsvSource({
            "08001, true", // cannot connect: the server is down or restarting
            "08006, true", // the connection broke mid-request
            "57P01, true", // the server is shutting down
            "57P03, true", // the server is starting (recovery)
            "23505, false", // a unique constraint: a fault in our checks, not an outage
            "42P01, false", // a missing table: a fault of ours
    })
    void treatsConnectionLossAndShutdownAsAnOutage(String state, boolean outage) {
        assertThat(ProblemMappers.isDatabaseUnavailable(new SQLException("x", state))).isEqualTo(outage);
    }
}
