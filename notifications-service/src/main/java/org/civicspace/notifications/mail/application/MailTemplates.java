package org.civicspace.notifications.mail.application;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;

/**
 * The texts of each kind of notice, in Qute templates per language: {@code templates/mail/<language>/<kind>} with
 * {@code .subject.txt}, {@code .txt} and {@code .html}. A language without the kind's templates falls back to
 * English, so that languages can be added one file at a time.
 */
@ApplicationScoped
public class MailTemplates {

    /** The language every kind has texts in. */
    public static final String FALLBACK_LANGUAGE = "en";

    private final Engine engine;

    public MailTemplates(Engine engine) {
        this.engine = engine;
    }

    /** The subject, plain text and HTML of {@code kind} in {@code language} (or English), filled with {@code data}. */
    public RenderedMail render(String kind, String language, Map<String, Object> data) {
        String used = engine.getTemplate(path(language, kind, "txt")) != null ? language : FALLBACK_LANGUAGE;
        return new RenderedMail(used, template(used, kind, "subject.txt").data(data).render().strip(),
                template(used, kind, "txt").data(data).render(), template(used, kind, "html").data(data).render());
    }

    private Template template(String language, String kind, String part) {
        Template template = engine.getTemplate(path(language, kind, part));
        if (template == null) {
            throw new IllegalStateException("no template " + path(language, kind, part));
        }
        return template;
    }

    private static String path(String language, String kind, String part) {
        return "mail/" + language + "/" + kind + "." + part;
    }
}
