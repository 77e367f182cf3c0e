package org.civicspace.events.registry.domain;

/**
 * Whose name an answer carries. Staff see every name, as it was entered (they run check-in and the programme), and
 * an organisation sees back the names it entered itself; neither answer ever depends on a protection flag. Anyone
 * else sees a person's name only when the person chose to be named and neither the person nor their organisation
 * is flagged: a flag turns "named" into the very "not named" that everyone who never chose gets, so "not named"
 * says nothing (docs/adr/0017-protection-flags-and-public-naming.md).
 */
public final class PublicNaming {

    /** Who reads the answer, as far as names go. */
    public enum Audience {
        /** DGC staff. */
        STAFF,
        /** The organisation that entered the name (registered its own representative). */
        ENTERING_ORGANIZATION,
        /** Everyone else: the public, an organisation leading the event, other organisations. */
        OTHERS
    }

    private PublicNaming() {
    }

    /**
     * Whether {@code audience} is told the name.
     *
     * @param choseToBeNamed the person's own choice, recorded by their organisation in the registry
     * @param flagged        whether the person or their organisation is under a protection flag now
     */
    public static boolean mayName(Audience audience, boolean choseToBeNamed, boolean flagged) {
        return switch (audience) {
            case STAFF, ENTERING_ORGANIZATION -> true;
            case OTHERS -> choseToBeNamed && !flagged;
        };
    }
}
