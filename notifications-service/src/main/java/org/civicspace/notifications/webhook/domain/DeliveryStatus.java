package org.civicspace.notifications.webhook.domain;

import com.fasterxml.jackson.annotation.JsonValue;

import org.civicspace.platform.web.json.WireCodes;

/** Where a delivery stands: waiting for its next attempt, delivered (a 2xx answer), or failed after its last one. */
public enum DeliveryStatus {
    PENDING,
    DELIVERED,
    FAILED;

    @JsonValue
    public String code() {
        return WireCodes.of(this);
    }

    public static DeliveryStatus fromCode(String code) {
        return WireCodes.parse(DeliveryStatus.class, code);
    }

    @Override
    public String toString() {
        return code();
    }
}
