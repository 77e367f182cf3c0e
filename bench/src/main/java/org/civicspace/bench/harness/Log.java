package org.civicspace.bench.harness;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/** Progress goes to standard error; standard output carries only the result table. */
public final class Log {

    private Log() {
    }

    public static void say(String format, Object... arguments) {
        System.err.println("[bench " + LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + "] "
                + String.format(format, arguments));
        System.err.flush();
    }
}
