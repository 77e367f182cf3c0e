package org.civicspace.registry.organization.application;

import com.fasterxml.jackson.annotation.JsonValue;

import org.civicspace.platform.web.json.WireCodes;

/** The orders a search can be read in; each pages by a keyset that ends in the id, so pages never overlap. */
public enum SearchOrder {
    /** Legal name, A to Z: the default without free text. */
    NAME,
    /** Most recently registered first. */
    NEWEST,
    /** Best match of the free text first: the default with free text, and only with it. */
    RELEVANCE;

    @JsonValue
    public String code() {
        return WireCodes.of(this);
    }

    @Override
    public String toString() {
        return code();
    }
}
