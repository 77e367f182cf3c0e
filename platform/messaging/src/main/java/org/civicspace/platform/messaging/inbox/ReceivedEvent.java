package org.civicspace.platform.messaging.inbox;

import java.time.Instant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A CloudEvent as a consumer receives it: its identity, type and JSON data. */
public record ReceivedEvent(String id, String source, String type, String subject, Instant time, String data,
        ObjectMapper json) {

    /**
     * The data read as {@code wireType}, as a tolerant reader: fields the consumer does not know are ignored, so
     * that a producer may add fields to a version of an event without breaking its consumers.
     *
     * @throws PoisonEventException when the data does not fit: retrying would not help
     */
    public <T> T dataAs(Class<T> wireType) {
        try {
            return json.readerFor(wireType).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(data);
        } catch (JsonProcessingException e) {
            throw new PoisonEventException("data of " + type + " " + id + " is not a " + wireType.getSimpleName()
                    + ": " + e.getOriginalMessage());
        }
    }

    /**
     * {@code claimed}, a time the data states (such as when a decision was taken), if it does not lie after the event
     * itself was published (its {@code time}, or now without one) by more than {@link EventAdmission#MAX_CLOCK_SKEW}.
     * A later one is implausible: a decision "dated 2999" would otherwise win every "latest decision" comparison.
     *
     * @throws PoisonEventException when it lies in the future of the event
     */
    public Instant notAfterPublication(Instant claimed, String field) {
        Instant published = time != null ? time : Instant.now();
        if (claimed != null && claimed.isAfter(published.plus(EventAdmission.MAX_CLOCK_SKEW))) {
            throw new PoisonEventException(type + " " + id + " states " + field + " " + claimed
                    + ", after it was published (" + published + ")");
        }
        return claimed;
    }
}
