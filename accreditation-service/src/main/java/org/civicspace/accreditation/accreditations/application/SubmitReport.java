package org.civicspace.accreditation.accreditations.application;

import java.time.LocalDate;

/** A quadrennial report on the four years ending on {@code periodEnding}. */
public record SubmitReport(LocalDate periodEnding, String summary) {
}
