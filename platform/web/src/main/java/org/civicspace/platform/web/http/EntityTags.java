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
     * The ETag of a representation that shows version {@code version} of an aggregate together with versions of
     * others (an office shown with its headquarters' name): {@code "7.3"}. It changes when any of them changes, so
     * that a conditional read never keeps a stale copy and an update never overwrites what its author did not see.
     */
    public static String of(long version, long... shown) {
        StringBuilder tag = new StringBuilder().append('"').append(version);
        for (long other : shown) {
            tag.append('.').append(other);
        }
        return tag.append('"').toString();
    }

    /**
     * Checks that {@code ifMatch} names {@code currentVersion}; {@code *} matches any existing version.
     *
     * @throws ProblemException 428 when {@code ifMatch} is absent, 412 when it names another version
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        requireMatch(ifMatch, of(currentVersion));
    }

    /**
     * Checks that {@code ifMatch} names the {@code current} ETag; {@code *} matches any.
     *
     * @throws ProblemException 428 when {@code ifMatch} is absent, 412 when it names another tag
     */
    public static void requireMatch(String ifMatch, String current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.preconditionRequired();
        }
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(current)) {
                return;
            }
        }
        throw ProblemException.preconditionFailed(current);
    }
}
