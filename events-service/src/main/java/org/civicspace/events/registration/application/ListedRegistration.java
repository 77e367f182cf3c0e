package org.civicspace.events.registration.application;

/** A registration as listed, with its place in the order they were made, which pages read on from. */
public record ListedRegistration(long sequence, Registration registration) {
}
