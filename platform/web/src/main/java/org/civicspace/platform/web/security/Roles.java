package org.civicspace.platform.web.security;

import java.util.Set;

/**
 * The realm roles of Civic Space (deploy/keycloak/civicspace-realm.json), for {@code @RolesAllowed}.
 *
 * <p>A machine gets one narrow role per purpose it has through the API, named for that purpose, never a person's role
 * and never a catch-all (ADR 0020). The services' and the gateway's own credentials have no such purpose today (the
 * services talk through Kafka; the gateway forwards its callers' tokens), so they hold no role at all; a partner's
 * system holds {@link #DASHBOARD_READER} and {@link #WEBHOOK_SUBSCRIBER}. Each service's {@code MachineCredentialsTest} refuses every other machine
 * call.
 */
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
    /**
     * A UN entity's dashboard, a person's or a partner agency's system (client credentials, docs/partners.md): reads
     * the published reprisal statistics, and nothing that is not public anyway.
     */
    public static final String DASHBOARD_READER = "dashboard-reader";
    /**
     * A partner agency's system that subscribes to public events by webhook (docs/partners.md) and reads its own
     * subscriptions and delivery log.
     */
    public static final String WEBHOOK_SUBSCRIBER = "webhook-subscriber";
    /** Operates the platform. */
    public static final String PLATFORM_ADMIN = "platform-admin";

    /** People who act on behalf of the UN on any organisation's records, rather than on their own; no machine. */
    public static final Set<String> STAFF = Set.of(DGC_OFFICER, PLATFORM_ADMIN);

    private Roles() {
    }
}
