package org.civicspace.accreditation.applications.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What the applicant states about itself, checked at screening against the minimum requirements.
 *
 * @param legallyRegisteredOn the day the organisation was registered with its national authority
 * @param nonProfit           it distributes no profit to members
 * @param democraticGovernance a constitution adopted democratically, with accountable, elected governance
 * @param commitsToUnCharterAndSdgs it supports the UN Charter and the 2030 Agenda with its 17 SDGs
 * @param website             its public website (DGC: part of the communications capacity)
 * @param publications        its recent publications (titles or addresses)
 * @param socialMedia         its social media accounts
 * @param audience            how many people its communications reach
 */
public record Declarations(LocalDate legallyRegisteredOn, boolean nonProfit, boolean democraticGovernance,
        boolean commitsToUnCharterAndSdgs, String website, List<String> publications, List<String> socialMedia,
        Integer audience) {

    public Declarations {
        publications = publications == null ? List.of() : List.copyOf(publications);
        socialMedia = socialMedia == null ? List.of() : List.copyOf(socialMedia);
    }
}
