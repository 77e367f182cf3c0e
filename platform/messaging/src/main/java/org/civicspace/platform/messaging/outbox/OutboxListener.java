package org.civicspace.platform.messaging.outbox;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.quarkus.logging.Log;

/**
 * Listens on the PostgreSQL channel that the outbox trigger notifies on every commit of events, so that each
 * replica's relay wakes within milliseconds, whichever replica wrote them. It holds one connection of its own,
 * outside the pool, and reconnects after a database restart.
 */
final class OutboxListener {

    private final Runnable onNotification;
    private final Thread thread;
    private volatile boolean running = true;

    private OutboxListener(Runnable onNotification) {
        this.onNotification = onNotification;
        this.thread = new Thread(this::run, "outbox-listener");
        this.thread.setDaemon(true);
    }

    static OutboxListener start(Runnable onNotification) {
        OutboxListener listener = new OutboxListener(onNotification);
        listener.thread.start();
        return listener;
    }

    void stop() {
        running = false;
        thread.interrupt();
    }

    private void run() {
        Config config = ConfigProvider.getConfig();
        String url = config.getValue("quarkus.datasource.jdbc.url", String.class);
        String user = config.getOptionalValue("quarkus.datasource.username", String.class).orElse(null);
        String password = config.getOptionalValue("quarkus.datasource.password", String.class).orElse(null);
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, user, password)) {
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + OutboxRelay.CHANNEL);
                }
                // rows may have been committed while we were not listening
                onNotification.run();
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications(1000);
                    if (notifications != null && notifications.length > 0) {
                        onNotification.run();
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    Log.debugf("outbox listener lost its connection, reconnecting: %s", e.getMessage());
                    pause(Duration.ofSeconds(1));
                }
            }
        }
    }

    private void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
