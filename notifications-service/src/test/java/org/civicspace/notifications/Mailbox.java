package org.civicspace.notifications;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.civicspace.testing.GreenMailTestResource;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

/** What the real SMTP server (GreenMail) received, read as a person's mail client would. */
public final class Mailbox {

    /** One delivered message: its recipients, subject, and its plain-text and HTML parts. */
    public record Delivered(List<String> to, String subject, String text, String html) {

        public boolean mentions(String fragment) {
            return subject.contains(fragment) || text.contains(fragment) || html.contains(fragment);
        }
    }

    private Mailbox() {
    }

    /** Every message delivered so far. */
    public static List<Delivered> delivered() {
        return Arrays.stream(GreenMailTestResource.greenMail().getReceivedMessages()).map(Mailbox::read).toList();
    }

    /** The messages to {@code address} that mention {@code fragment}. */
    public static List<Delivered> to(String address, String fragment) {
        return delivered().stream().filter(m -> m.to().contains(address) && m.mentions(fragment)).toList();
    }

    private static Delivered read(MimeMessage message) {
        try {
            List<String> to = Arrays.stream(Optional.ofNullable(message.getRecipients(Message.RecipientType.TO))
                    .orElse(new jakarta.mail.Address[0])).map(Object::toString).toList();
            String text = "";
            String html = "";
            if (message.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart part = multipart.getBodyPart(i);
                    if (part.isMimeType("text/plain")) {
                        text = part.getContent().toString();
                    } else if (part.isMimeType("text/html")) {
                        html = part.getContent().toString();
                    }
                }
            } else {
                text = message.getContent().toString();
            }
            // SMTP carries lines ending in CRLF; a mail client shows lines
            return new Delivered(to, message.getSubject(), text.replace("\r\n", "\n"), html.replace("\r\n", "\n"));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("an unreadable message in the test mailbox", e);
        }
    }
}
