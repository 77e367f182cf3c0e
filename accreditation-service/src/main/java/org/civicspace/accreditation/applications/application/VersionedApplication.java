package org.civicspace.accreditation.applications.application;

/** An application as it now is, with its version to send back in If-Match. */
public record VersionedApplication(ApplicationDetails application, String entityTag) {
}
