package org.civicspace.accreditation.applications.persistence;

import jakarta.persistence.Converter;

import org.civicspace.accreditation.applications.domain.ApplicationState;
import org.civicspace.accreditation.applications.domain.QuestionKind;
import org.civicspace.platform.web.json.WireCodeColumn;

/**
 * The application state and question kind columns hold each constant's wire code ({@code questions-raised}), as they
 * did when the entities held strings: stored rows, the partial indexes and the SQL of agendas, summaries and
 * statistics keep their values. Each converter applies to every attribute of its type, in every entity.
 */
public final class ApplicationColumns {

    private ApplicationColumns() {
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
}
