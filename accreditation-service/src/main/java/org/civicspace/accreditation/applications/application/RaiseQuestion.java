package org.civicspace.accreditation.applications.application;

import java.time.LocalDate;

/**
 * A question from a member State on the committee, to be answered by a date. {@code memberState} may be absent when a
 * committee member asks: they speak for the State their account is bound to.
 */
public record RaiseQuestion(String memberState, String text, LocalDate responseDue) {
}
