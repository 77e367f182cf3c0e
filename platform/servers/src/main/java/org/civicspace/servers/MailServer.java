package org.civicspace.servers;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The local stack's mail server (GreenMail), in the launcher's own process: SMTP for the services to send through,
 * IMAP to read any recipient's mailbox (user name: the address, any password), and every message received written
 * as {@code <n>.eml} into a directory, to open with any mail program. Binds 127.0.0.1 only; stops with its owner.
 */
public final class MailServer implements AutoCloseable {

    private final GreenMail greenMail;
    private final int smtpPort;
    private final int imapPort;
    private final ScheduledExecutorService copier;
    private int copied;

    private MailServer(GreenMail greenMail, int smtpPort, int imapPort, Path directory) {
        this.greenMail = greenMail;
        this.smtpPort = smtpPort;
        this.imapPort = imapPort;
        this.copier = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "mail-copier");
            thread.setDaemon(true);
            return thread;
        });
        copier.scheduleWithFixedDelay(() -> copyNew(directory), 1, 1, TimeUnit.SECONDS);
    }

    /** Starts SMTP on {@code smtpPort} and IMAP on {@code imapPort}, copying what arrives into {@code directory}. */
    public static MailServer start(Path directory, int smtpPort, int imapPort) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + directory, e);
        }
        GreenMail greenMail = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtpPort, Ports.LOOPBACK, ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, Ports.LOOPBACK, ServerSetup.PROTOCOL_IMAP) })
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        return new MailServer(greenMail, smtpPort, imapPort, directory);
    }

    public int smtpPort() {
        return smtpPort;
    }

    public int imapPort() {
        return imapPort;
    }

    /** Every message received so far. */
    public MimeMessage[] received() {
        return greenMail.getReceivedMessages();
    }

    private synchronized void copyNew(Path directory) {
        MimeMessage[] messages = greenMail.getReceivedMessages();
        for (; copied < messages.length; copied++) {
            try (OutputStream out = Files.newOutputStream(directory.resolve((copied + 1) + ".eml"))) {
                messages[copied].writeTo(out);
            } catch (IOException | MessagingException e) {
                return; // tried again on the next round
            }
        }
    }

    @Override
    public void close() {
        copier.shutdownNow();
        greenMail.stop();
    }
}
