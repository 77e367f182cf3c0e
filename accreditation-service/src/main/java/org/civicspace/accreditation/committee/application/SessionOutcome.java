package org.civicspace.accreditation.committee.application;

import java.util.List;

/**
 * What a session decided, the accreditations on its track after it, and the same told in the style of the DGC press
 * release.
 */
public record SessionOutcome(SessionDetails session, int granted, int rejected, int deferred, int questionsRaised,
        long totalAccredited, String text, List<String> grantedOrganizations) {
}
