package org.civicspace.accreditation.accreditations.persistence;

import jakarta.persistence.Converter;

import org.civicspace.accreditation.accreditations.domain.AccreditationStatus;
import org.civicspace.accreditation.accreditations.domain.EcosocCategory;
import org.civicspace.accreditation.accreditations.domain.Track;
import org.civicspace.platform.web.json.WireCodeColumn;

/**
 * The track, category and accreditation status columns hold each constant's wire code ({@code dgc}, {@code special}),
 * as they did when the entities held strings: stored rows, the partial indexes and the SQL of agendas, summaries and
 * statistics keep their values. Each converter applies to every attribute of its type, in every entity.
 */
public final class AccreditationColumns {

    private AccreditationColumns() {
    }

    @Converter(autoApply = true)
    public static class TrackColumn extends WireCodeColumn<Track> {
        public TrackColumn() {
            super(Track.class);
        }
    }

    @Converter(autoApply = true)
    public static class EcosocCategoryColumn extends WireCodeColumn<EcosocCategory> {
        public EcosocCategoryColumn() {
            super(EcosocCategory.class);
        }
    }

    @Converter(autoApply = true)
    public static class AccreditationStatusColumn extends WireCodeColumn<AccreditationStatus> {
        public AccreditationStatusColumn() {
            super(AccreditationStatus.class);
        }
    }
}
