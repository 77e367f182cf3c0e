package org.civicspace.e2e;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;

/** A person's mailbox on the local stack's mail server, read over IMAP as a mail program reads it. */
final class Mailbox {

    /** One message: its subject and its plain-text part. */
    record Mail(String subject, String text) {
    }

    private Mailbox() {
    }

    static List<Mail> of(int imapPort, String address) {
        try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
            store.connect("127.0.0.1", imapPort, address, "any password: the local mail server does not check");
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<Mail> mail = new ArrayList<>();
            for (Message message : inbox.getMessages()) {
                mail.add(new Mail(message.getSubject(), plainText(message)));
            }
            inbox.close(false);
            return mail;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("cannot read the mailbox of " + address, e);
        }
    }

    private static String plainText(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = plainText(multipart.getBodyPart(i));
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return "";
    }
}
