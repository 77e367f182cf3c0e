package org.civicspace.reprisals.consent.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.civicspace.reprisals.casefile.domain.AnnualReportInclusion;

/**
 * What a withdrawal of consent stops, decided on the consent in force once it is withdrawn: officers who had the
 * case only through sharing within OHCHR lose it, inclusion in the annual report falls back from named to anonymous
 * or out, flags that rested on sharing with UN entities are lifted, and what may no longer be documented is erased.
 */
public final class WithdrawalPolicy {

    private WithdrawalPolicy() {
    }

    /**
     * @param endSharingWithinOhchr only the first officer may keep the case
     * @param annualReport the inclusion in the annual report that consent still allows, or {@code null} for none
     * @param liftFlagsOf the victims whose protection flag no consent supports any more
     * @param eraseVictims the victims whose identifying data may no longer be held
     * @param eraseCase no victim's data may be held, so the case's own data goes too
     */
    public record Effects(boolean endSharingWithinOhchr, AnnualReportInclusion annualReport, List<UUID> liftFlagsOf,
            List<UUID> eraseVictims, boolean eraseCase) {
    }

    public static Effects effects(Collection<UUID> victims, Collection<Consent> consents,
            AnnualReportInclusion annualReport) {
        List<UUID> eraseVictims = victims.stream().filter(v -> !ConsentPolicy.mayDocument(v, consents)).toList();
        List<UUID> liftFlagsOf = victims.stream()
                .filter(v -> eraseVictims.contains(v) || !covers(List.of(v), consents,
                        ConsentScope.SHARE_WITH_UN_ENTITIES))
                .toList();
        return new Effects(!covers(victims, consents, ConsentScope.SHARE_WITHIN_OHCHR),
                annualReportAllowed(victims, consents, annualReport), liftFlagsOf, eraseVictims,
                eraseVictims.size() == victims.size());
    }

    private static AnnualReportInclusion annualReportAllowed(Collection<UUID> victims, Collection<Consent> consents,
            AnnualReportInclusion annualReport) {
        if (annualReport == null) {
            return null;
        }
        if (annualReport == AnnualReportInclusion.NAMED && covers(victims, consents, ConsentScope.SG_REPORT_NAMED)) {
            return AnnualReportInclusion.NAMED;
        }
        return covers(victims, consents, ConsentScope.SG_REPORT_ANONYMOUS) ? AnnualReportInclusion.ANONYMOUS : null;
    }

    private static boolean covers(Collection<UUID> victims, Collection<Consent> consents, ConsentScope scope) {
        return ConsentPolicy.check(scope, victims, consents).isEmpty();
    }
}
