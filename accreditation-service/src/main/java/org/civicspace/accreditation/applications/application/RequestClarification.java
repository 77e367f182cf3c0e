package org.civicspace.accreditation.applications.application;

import java.time.LocalDate;

/** Ask the applicant, during screening, to clarify something by a date. */
public record RequestClarification(String text, LocalDate responseDue) {
}
