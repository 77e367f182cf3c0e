package org.civicspace.accreditation.groundspass.persistence;

import jakarta.persistence.Converter;

import org.civicspace.accreditation.groundspass.domain.DesignationStatus;
import org.civicspace.accreditation.groundspass.domain.DutyStation;
import org.civicspace.accreditation.groundspass.domain.PassKind;
import org.civicspace.platform.web.json.WireCodeColumn;

/**
 * The duty station, pass kind and designation status columns hold each constant's wire code ({@code new-york}), as
 * they did when the entities held strings: stored rows and the partial indexes keep their values. Each converter
 * applies to every attribute of its type, in every entity.
 */
public final class DesignationColumns {

    private DesignationColumns() {
    }

    @Converter(autoApply = true)
    public static class DutyStationColumn extends WireCodeColumn<DutyStation> {
        public DutyStationColumn() {
            super(DutyStation.class);
        }
    }

    @Converter(autoApply = true)
    public static class PassKindColumn extends WireCodeColumn<PassKind> {
        public PassKindColumn() {
            super(PassKind.class);
        }
    }

    @Converter(autoApply = true)
    public static class DesignationStatusColumn extends WireCodeColumn<DesignationStatus> {
        public DesignationStatusColumn() {
            super(DesignationStatus.class);
        }
    }
}
