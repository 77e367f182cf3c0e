package org.civicspace.platform.web.http;

import org.civicspace.platform.web.problem.ProblemException;

/**
 * Strong entity tags made from an aggregate's version number, and the {@code If-Match} check that every update and
 * state change goes through: a missing header is refused with 428, a stale one with 412, so no concurrent change is
 * ever silently overwritten.
 */
public final class EntityTags {

    private EntityTags() {
    }

    /** The ETag of version {@code version}: {@code "7"}. */
    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * Checks that {@code ifMatch} names {@code currentVersion}; {@code *} matches any existing version.
     *
     * @throws ProblemException 428 when {@code ifMatch} is absent, 412 when it names another version
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.preconditionRequired();
        }
        String current = of(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(current)) {
                return;
            }
        }
        throw ProblemException.preconditionFailed(current);
    }
}
