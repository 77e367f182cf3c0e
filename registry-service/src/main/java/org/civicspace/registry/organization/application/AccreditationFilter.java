package org.civicspace.registry.organization.application;

import com.fasterxml.jackson.annotation.JsonValue;

import org.civicspace.platform.web.json.WireCodes;

/** Which UN accreditation a searched organisation holds, as the registry knows it from accreditation's events. */
public enum AccreditationFilter {
    /** Associated with the Department of Global Communications. */
    DGC,
    /** Any ECOSOC consultative status. */
    ECOSOC,
    /** ECOSOC general consultative status. */
    ECOSOC_GENERAL,
    /** ECOSOC special consultative status. */
    ECOSOC_SPECIAL,
    /** On the ECOSOC roster. */
    ECOSOC_ROSTER,
    /** Neither DGC association nor ECOSOC status. */
    NONE;

    @JsonValue
    public String code() {
        return WireCodes.of(this);
    }

    @Override
    public String toString() {
        return code();
    }
}
