package org.civicspace.notifications.webhook.domain;

import com.fasterxml.jackson.annotation.JsonValue;

import org.civicspace.platform.web.json.WireCodes;

/** A subscription delivers while active; it is disabled by its owner or after sustained failure. */
public enum SubscriptionStatus {
    ACTIVE,
    DISABLED;

    @JsonValue
    public String code() {
        return WireCodes.of(this);
    }

    public static SubscriptionStatus fromCode(String code) {
        return WireCodes.parse(SubscriptionStatus.class, code);
    }

    @Override
    public String toString() {
        return code();
    }
}
