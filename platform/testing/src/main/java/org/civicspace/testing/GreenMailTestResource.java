package org.civicspace.testing;

import java.util.Map;

import org.civicspace.servers.Ports;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points the service's mailer at a real SMTP server (GreenMail) on 127.0.0.1 and a free port, started with the
 * Quarkus application and stopped with it. Tests read what was delivered through {@link #greenMail()}
 * ({@code getReceivedMessages()}), and may stop and start the server to play an SMTP outage.
 */
public class GreenMailTestResource implements QuarkusTestResourceLifecycleManager {

    /** The address the service sends from in tests. */
    public static final String FROM = "notifications@civicspace.test";

    private static volatile GreenMail greenMail;

    /** The SMTP server of the running test application. */
    public static GreenMail greenMail() {
        GreenMail running = greenMail;
        if (running == null) {
            throw new IllegalStateException("GreenMail runs only while a @QuarkusTest declares GreenMailTestResource");
        }
        return running;
    }

    @Override
    public Map<String, String> start() {
        int port = Ports.free();
        GreenMail server = new GreenMail(new ServerSetup(port, Ports.LOOPBACK, ServerSetup.PROTOCOL_SMTP));
        server.start();
        greenMail = server;
        return Map.of(
                "quarkus.mailer.host", Ports.LOOPBACK,
                "quarkus.mailer.port", Integer.toString(port),
                "quarkus.mailer.from", FROM,
                "quarkus.mailer.mock", "false",
                "quarkus.mailer.tls", "false",
                "quarkus.mailer.start-tls", "DISABLED");
    }

    @Override
    public void stop() {
        GreenMail server = greenMail;
        if (server != null) {
            server.stop();
            greenMail = null;
        }
    }
}
