package org.civicspace.reprisals.audit.domain;

import com.fasterxml.jackson.annotation.JsonValue;

import org.civicspace.platform.web.json.WireCodes;

/** What an audit entry records. */
public enum AuditAction {
    CASE_REPORTED,
    CASE_READ,
    CASE_READ_WITH_IDENTIFYING_DATA,
    CASES_LISTED,
    ACCESS_DENIED,
    STATUS_CHANGED,
    OFFICER_ASSIGNED,
    OFFICER_UNASSIGNED,
    RISK_ASSESSED,
    MEASURE_RECORDED,
    MEASURE_UPDATED,
    FOLLOW_UP_ACTION_ADDED,
    FOLLOW_UP_ACTION_COMPLETED,
    NOTE_ADDED,
    DUPLICATES_CHECKED,
    DUPLICATE_REFERRED,
    DUPLICATE_REFERRALS_READ,
    DUPLICATE_REFERRAL_DECIDED,
    CASELOAD_COUNTED,
    CONSENT_RECORDED,
    CONSENTS_READ,
    CONSENT_WITHDRAWN,
    DISCLOSURE_REFUSED,
    PROTECTION_FLAG_PUBLISHED,
    PROTECTION_FLAG_LIFTED,
    ANNUAL_REPORT_INCLUSION,
    IDENTIFYING_DATA_ERASED,
    FOLLOW_UP_RECEIVED,
    STATUS_SHOWN_TO_REPORTER,
    FIRST_RESPONSE_OVERDUE_ALERTED,
    DATA_KEY_REWRAPPED,
    AUDIT_LOG_READ,
    AUDIT_LOG_VERIFIED;

    /** {@code case-reported}, {@code case-read-with-identifying-data}, ... */
    @JsonValue
    public String code() {
        return WireCodes.of(this);
    }

    public static AuditAction fromCode(String code) {
        return WireCodes.parse(AuditAction.class, code);
    }
}
