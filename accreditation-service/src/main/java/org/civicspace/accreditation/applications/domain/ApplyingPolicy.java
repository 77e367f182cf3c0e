package org.civicspace.accreditation.applications.domain;

import java.util.Optional;
import java.util.UUID;

import org.civicspace.accreditation.accreditations.domain.EcosocCategory;
import org.civicspace.accreditation.accreditations.domain.Track;
import org.civicspace.platform.domain.Refusal;

/**
 * Who may start an application on a track: an organisation associated with DGC does not apply for it again; one
 * with ECOSOC status applies only to change its category; and no organisation has two open applications on a track.
 */
public final class ApplyingPolicy {

    /** The accreditation the organisation holds on the track. */
    public record Held(UUID accreditationId, EcosocCategory category) {
    }

    /** The organisation's application on the track that is not closed yet. */
    public record Open(UUID applicationId, ApplicationState state) {
    }

    private ApplyingPolicy() {
    }

    /** Empty when the organisation may start an application for {@code requested} on {@code track}. */
    public static Optional<Refusal> mayStart(Track track, EcosocCategory requested, Optional<Held> held,
            Optional<Open> open) {
        if (held.isPresent() && track == Track.DGC) {
            return conflict("The organisation is already associated with DGC (accreditation "
                    + held.get().accreditationId() + ").");
        }
        if (held.isPresent() && held.get().category() == requested) {
            return conflict("The organisation already holds " + requested + " status.");
        }
        return noneOpen(track, open);
    }

    /** Empty when the organisation has no open application on {@code track}. */
    public static Optional<Refusal> noneOpen(Track track, Optional<Open> open) {
        return open.flatMap(o -> conflict("The organisation already has an open " + track + " application ("
                + o.applicationId() + ", " + o.state() + ")."));
    }

    private static Optional<Refusal> conflict(String detail) {
        return Optional.of(new Refusal.Conflict(detail));
    }
}
