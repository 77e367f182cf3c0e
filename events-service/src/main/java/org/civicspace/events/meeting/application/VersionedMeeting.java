package org.civicspace.events.meeting.application;

/** A meeting with its entity tag, the version a change must name in If-Match. */
public record VersionedMeeting(Meeting meeting, String entityTag) {
}
