package org.civicspace.events.feed.application;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.civicspace.events.meeting.domain.MeetingStatus;
import org.civicspace.events.meeting.persistence.MeetingEntity;

/**
 * Writes events as an iCalendar object (RFC 5545): UTC times, escaped text, lines folded at 75 octets and ended
 * with CRLF, a stable UID per event and the event's version as SEQUENCE, so calendars update rather than duplicate.
 */
public final class ICalendar {

    public static final String MEDIA_TYPE = "text/calendar";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private ICalendar() {
    }

    static String of(List<MeetingEntity> events, String name) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Civic Space//events-service//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "X-WR-CALNAME:" + text(name));
        Instant stamp = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (MeetingEntity event : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + event.id + "@civicspace.org");
            line(out, "DTSTAMP:" + UTC.format(stamp));
            line(out, "DTSTART:" + UTC.format(event.startsAt));
            line(out, "DTEND:" + UTC.format(event.endsAt));
            line(out, "SEQUENCE:" + event.version);
            line(out, "SUMMARY:" + text(event.title()));
            String description = event.descriptions.getOrDefault("en",
                    event.descriptions.values().stream().findFirst().orElse(""));
            if (!description.isEmpty()) {
                line(out, "DESCRIPTION:" + text(description));
            }
            String location = event.venue != null ? event.venue : event.onlineUrl;
            if (location != null) {
                line(out, "LOCATION:" + text(location));
            }
            if (event.onlineUrl != null) {
                line(out, "URL:" + event.onlineUrl);
            }
            line(out, "CATEGORIES:" + text(event.kind.code()));
            line(out, "STATUS:" + (event.status == MeetingStatus.CANCELLED ? "CANCELLED" : "CONFIRMED"));
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** TEXT values: backslash, semicolon, comma and newline escaped. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Appends a content line folded at 75 octets (never inside a UTF-8 sequence), ended with CRLF. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int start = 0;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > (start == 0 ? 75 : 74)) {
                out.append(content, start, i).append("\r\n ");
                start = i;
                octets = 0;
            }
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append(content.substring(start)).append("\r\n");
    }
}
