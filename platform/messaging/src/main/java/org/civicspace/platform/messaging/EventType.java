package org.civicspace.platform.messaging;

import java.util.Objects;

/**
 * A kind of domain event on the wire: its CloudEvents {@code type}, versioned
 * ({@code org.civicspace.registry.organization.registered.v1}), and the topic it is published to. Its data
 * conforms to the JSON Schema at {@code events/<name>.schema.json} in the producing service.
 */
public record EventType(String name, String topic) {

    public EventType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(topic, "topic");
        if (!name.matches("org\\.civicspace(\\.[a-z][a-z0-9-]*)+\\.v[0-9]+")) {
            throw new IllegalArgumentException("event types are org.civicspace.<area>.<aggregate>.<fact>.v<n>: "
                    + name);
        }
    }
}
