package org.civicspace.platform.web.security;

import java.util.Set;

/** The realm roles of Civic Space (deploy/keycloak/civicspace-realm.json), for {@code @RolesAllowed}. */
public final class Roles {

    /** A CSO's focal point or representative; bound to one organisation by the {@code org_id} claim. */
    public static final String CSO_REPRESENTATIVE = "cso-representative";
    /** Staff of the UN Department of Global Communications. */
    public static final String DGC_OFFICER = "dgc-officer";
    /** A member state's delegate on the Committee on NGOs. */
    public static final String NGO_COMMITTEE_MEMBER = "ngo-committee-member";
    /** An OHCHR officer handling reprisal cases. */
    public static final String OHCHR_CASE_OFFICER = "ohchr-case-officer";
    /** Supervises OHCHR case officers: reads and verifies every reprisal case and the audit log. */
    public static final String OHCHR_SUPERVISOR = "ohchr-supervisor";
    /** A UN entity dashboard reading public feeds. */
    public static final String DASHBOARD_READER = "dashboard-reader";
    /** Operates the platform. */
    public static final String PLATFORM_ADMIN = "platform-admin";
    /**
     * The realm role of every Civic Space service's own client credentials. It grants no operation: the services
     * talk through Kafka, so no machine reads or changes an organisation's records through the API.
     */
    public static final String INTERNAL_SERVICE = "internal-service";

    /** People who act on behalf of the UN on any organisation's records, rather than on their own; no machine. */
    public static final Set<String> STAFF = Set.of(DGC_OFFICER, PLATFORM_ADMIN);

    private Roles() {
    }
}
