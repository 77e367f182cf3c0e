package org.civicspace.events.proposal.domain;

import com.fasterxml.jackson.annotation.JsonValue;

import org.civicspace.events.meeting.domain.EventKind;
import org.civicspace.platform.web.json.WireCodes;

/** What a CSO may propose: a thematic briefing or a capacity-building session, never a conference. */
public enum ProposalKind {
    THEMATIC_BRIEFING(EventKind.THEMATIC_BRIEFING),
    CAPACITY_BUILDING(EventKind.CAPACITY_BUILDING);

    private final EventKind eventKind;

    ProposalKind(EventKind eventKind) {
        this.eventKind = eventKind;
    }

    /** The kind of the draft event an accepted proposal becomes. */
    public EventKind eventKind() {
        return eventKind;
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
