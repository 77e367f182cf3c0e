package org.civicspace.events.meeting.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonValue;

import org.civicspace.platform.web.json.WireCodes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** draft → published → completed; draft or published → cancelled (which notifies every registrant). */
@Schema(name = "EventStatus")
public enum MeetingStatus {
    DRAFT,
    PUBLISHED,
    COMPLETED,
    CANCELLED;

    private static final Map<MeetingStatus, Set<MeetingStatus>> NEXT = Map.of(
            DRAFT, EnumSet.of(PUBLISHED, CANCELLED),
            PUBLISHED, EnumSet.of(COMPLETED, CANCELLED),
            COMPLETED, EnumSet.noneOf(MeetingStatus.class),
            CANCELLED, EnumSet.noneOf(MeetingStatus.class));

    /** {@code draft}, {@code published}, ... */
    @JsonValue
    public String code() {
        return WireCodes.of(this);
    }

    public Set<MeetingStatus> allowedNext() {
        return NEXT.get(this);
    }

    public boolean mayMoveTo(MeetingStatus next) {
        return allowedNext().contains(next);
    }

    @Override
    public String toString() {
        return code();
    }

    public static MeetingStatus fromCode(String code) {
        return WireCodes.parse(MeetingStatus.class, code);
    }
}
