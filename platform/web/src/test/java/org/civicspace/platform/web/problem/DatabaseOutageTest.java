package org.civicspace.platform.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import jakarta.transaction.RollbackException;

import org.junit.jupiter.api.Test;
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

    @Test
    void findsAConnectionLostDuringACommitAmongSuppressedExceptions() {
        // as Narayana reports it: the RollbackException of the commit carries the driver's error as suppressed
        RollbackException commit = new RollbackException("ARJUNA016053: Could not commit transaction.");
        commit.addSuppressed(new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        RuntimeException wrapped = new IllegalStateException("Error invoking subclass method", commit);

        assertThat(ProblemMappers.databaseOutageIn(wrapped)).map(SQLException::getSQLState).contains("08006");
    }

    @Test
    void findsNoOutageInAFaultOfOurs() {
        SQLException duplicate = new SQLException("duplicate key", "23505");
        RuntimeException fault = new IllegalStateException("x", duplicate);
        duplicate.addSuppressed(fault); // a cycle, which the search must survive

        assertThat(ProblemMappers.databaseOutageIn(fault)).isEmpty();
    }
}
