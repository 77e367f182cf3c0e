package org.civicspace.registry.organization.domain;

/**
 * Who the public is told is an organisation's representative: a current member who chose to be named, unless the
 * person or the organisation is under a protection flag. A flag turns "named" into the very "not named" of everyone
 * who never chose, so "not named" says nothing; the organisation's own and staff's views never depend on a flag
 * (docs/adr/0017-protection-flags-and-public-naming.md).
 */
public final class PublicNaming {

    private PublicNaming() {
    }

    /**
     * @param current        the membership has started and not ended
     * @param choseToBeNamed the person's choice, as their organisation recorded it
     * @param flagged        the person or their organisation is flagged now
     */
    public static boolean namedToThePublic(boolean current, boolean choseToBeNamed, boolean flagged) {
        return current && choseToBeNamed && !flagged;
    }
}
