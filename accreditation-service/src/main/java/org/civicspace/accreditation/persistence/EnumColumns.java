package org.civicspace.accreditation.persistence;

import jakarta.persistence.Converter;

import org.civicspace.accreditation.domain.AccreditationStatus;
import org.civicspace.accreditation.domain.ApplicationState;
import org.civicspace.accreditation.domain.DesignationStatus;
import org.civicspace.accreditation.domain.DutyStation;
import org.civicspace.accreditation.domain.EcosocCategory;
import org.civicspace.accreditation.domain.PassKind;
import org.civicspace.accreditation.domain.QuestionKind;
import org.civicspace.accreditation.domain.Track;
import org.civicspace.platform.web.json.WireCodeColumn;

/**
 * The enum columns hold each constant's wire code ({@code new-york}, {@code questions-raised}), as they did when the
 * entities held strings: stored rows, the partial indexes and the SQL of agendas, summaries and statistics keep
 * their values. Each converter applies to every attribute of its type.
 */
public final class EnumColumns {

    private EnumColumns() {
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
    public static class ApplicationStateColumn extends WireCodeColumn<ApplicationState> {
        public ApplicationStateColumn() {
            super(ApplicationState.class);
        }
    }

    @Converter(autoApply = true)
    public static class QuestionKindColumn extends WireCodeColumn<QuestionKind> {
        public QuestionKindColumn() {
            super(QuestionKind.class);
        }
    }

    @Converter(autoApply = true)
    public static class AccreditationStatusColumn extends WireCodeColumn<AccreditationStatus> {
        public AccreditationStatusColumn() {
            super(AccreditationStatus.class);
        }
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
