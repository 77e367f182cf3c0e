package org.civicspace.notifications.mail.application;

/** A notice's texts in one language: the subject (also the in-app title), the plain text and the HTML. */
public record RenderedMail(String language, String subject, String text, String html) {
}
