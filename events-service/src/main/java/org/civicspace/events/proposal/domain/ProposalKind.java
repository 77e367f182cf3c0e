package org.civicspace.events.proposal.domain;

import com.fasterxml.jackson.annotation.JsonValue;

import org.civicspace.events.meeting.domain.MeetingKind;
import org.civicspace.platform.web.json.WireCodes;

/** What a CSO may propose: a thematic briefing or a capacity-building session, never a conference. */
public enum ProposalKind {
    THEMATIC_BRIEFING(MeetingKind.THEMATIC_BRIEFING),
    CAPACITY_BUILDING(MeetingKind.CAPACITY_BUILDING);

    private final MeetingKind meetingKind;

    ProposalKind(MeetingKind meetingKind) {
        this.meetingKind = meetingKind;
    }

    /** The kind of the draft meeting an accepted proposal becomes. */
    public MeetingKind meetingKind() {
        return meetingKind;
    }

    /** {@code thematic-briefing}, {@code capacity-building}: the codes of the event kinds they become */
    @JsonValue
    public String code() {
        return WireCodes.of(this);
    }

    @Override
    public String toString() {
        return code();
    }

    public static ProposalKind fromCode(String code) {
        return WireCodes.parse(ProposalKind.class, code);
    }
}
