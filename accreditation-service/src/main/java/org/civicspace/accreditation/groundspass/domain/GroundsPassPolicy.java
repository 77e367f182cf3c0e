package org.civicspace.accreditation.groundspass.domain;

import java.time.LocalDate;
import java.util.Map;

import org.civicspace.accreditation.accreditations.domain.Track;
import org.civicspace.platform.domain.Refusal;
import org.civicspace.platform.domain.YouthAge;

/**
 * Who may take which grounds pass seat. DGC: at most {@value #DGC_PASSES} passes a year, of which at most
 * {@value #DGC_YOUTH_PASSES} youth passes for representatives aged {@value YouthAge#MIN} to {@value YouthAge#MAX}
 * on the first day of validity; adults may not take youth seats, youth may take regular ones. ECOSOC: per duty
 * station one head, one main representative and up to {@value #ECOSOC_ADDITIONAL} additional representatives.
 * Nobody under {@value YouthAge#MIN} gets a pass.
 */
public final class GroundsPassPolicy {

    public static final int DGC_PASSES = 6;
    public static final int DGC_YOUTH_PASSES = 2;
    public static final int ECOSOC_ADDITIONAL = 4;

    private GroundsPassPolicy() {
    }

    /** Accepted, or declined: a full quota (a conflict that passes with time) or a pass this person may not have. */
    public sealed interface Decision {

        record Allowed() implements Decision {
        }

        record Declined(Refusal refusal) implements Decision {
        }
    }

    /**
     * @param issued     passes already issued to the organisation for this track, year and duty station, by kind
     * @param dateOfBirth the representative's, from the registry; null when the registry does not know it
     * @param validFrom  the first day the pass is valid
     */
    public static Decision decide(Track track, PassKind kind, DutyStation station, LocalDate dateOfBirth,
            LocalDate validFrom, Map<PassKind, Integer> issued) {
        if (kind.track() != track) {
            return refused(kind.code() + " is not a " + track.code() + " pass; choose one of " + PassKind.of(track)
                    .stream().map(PassKind::code).toList());
        }
        if (track == Track.DGC && station != DutyStation.NEW_YORK) {
            return refused("DGC grounds passes are for UN Headquarters in New York only");
        }
        if (dateOfBirth == null) {
            return refused("the registry has no date of birth for this representative; it is needed to check age");
        }
        int age = YouthAge.ageOn(dateOfBirth, validFrom);
        if (age < YouthAge.MIN) {
            return refused("the representative is " + age + " on " + validFrom + "; grounds passes are for people "
                    + "aged " + YouthAge.MIN + " or over");
        }
        if (kind == PassKind.YOUTH && age > YouthAge.MAX) {
            return refused("the representative is " + age + " on " + validFrom + "; youth passes are for people aged "
                    + YouthAge.MIN + " to " + YouthAge.MAX);
        }
        return track == Track.DGC ? dgcQuota(kind, issued) : ecosocQuota(kind, issued);
    }

    private static Decision dgcQuota(PassKind kind, Map<PassKind, Integer> issued) {
        int youth = issued.getOrDefault(PassKind.YOUTH, 0);
        int total = youth + issued.getOrDefault(PassKind.REGULAR, 0);
        if (total >= DGC_PASSES) {
            return quotaFull("all " + DGC_PASSES + " DGC grounds passes of this year are taken");
        }
        if (kind == PassKind.YOUTH && youth >= DGC_YOUTH_PASSES) {
            return quotaFull("both youth passes of this year are taken; a youth representative may take a "
                    + "regular pass");
        }
        return new Decision.Allowed();
    }

    private static Decision ecosocQuota(PassKind kind, Map<PassKind, Integer> issued) {
        int limit = kind == PassKind.ADDITIONAL_REPRESENTATIVE ? ECOSOC_ADDITIONAL : 1;
        if (issued.getOrDefault(kind, 0) >= limit) {
            return quotaFull("the " + kind.code() + " pass" + (limit > 1 ? "es" : "") + " for this duty station and "
                    + "year " + (limit > 1 ? "are" : "is") + " taken (" + limit + ")");
        }
        return new Decision.Allowed();
    }

    private static Decision refused(String reason) {
        return new Decision.Declined(new Refusal.Unprocessable("pass-not-allowed", "Grounds pass not allowed", reason));
    }

    private static Decision quotaFull(String reason) {
        return new Decision.Declined(new Refusal.Conflict("pass-quota-full", "Grounds pass quota full", reason,
                Map.of()));
    }
}
