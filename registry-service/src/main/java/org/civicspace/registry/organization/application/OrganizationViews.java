package org.civicspace.registry.organization.application;

import java.util.List;
import java.util.Map;

import org.civicspace.registry.organization.application.OrganizationProfile;
import org.civicspace.registry.organization.application.OrganizationView;
import org.civicspace.registry.organization.domain.EcosocStatus;
import org.civicspace.registry.organization.domain.OrganizationStatus;
import org.civicspace.registry.organization.domain.OrganizationType;
import org.civicspace.registry.organization.domain.Theme;
import org.civicspace.registry.organization.persistence.OrganizationEntity;

/** Maps stored organisations to the API's views, public or full. */
final class OrganizationViews {

    /** Who sees what: the public view leaves out restricted members. */
    enum Visibility {
        PUBLIC,
        FULL
    }

    private OrganizationViews() {
    }

    static OrganizationView of(OrganizationEntity organization, OrganizationEntity parent, Visibility visibility) {
        boolean full = visibility == Visibility.FULL;
        OrganizationStatus parentStatus = parent == null ? null : OrganizationStatus.fromCode(parent.status);
        return new OrganizationView(
                organization.id,
                new OrganizationView.Identifier(organization.identifierAgency, organization.identifierNumber,
                        organization.identifierAgency + "-" + organization.identifierNumber),
                organization.legalName,
                organization.acronym,
                Map.copyOf(organization.otherNames),
                OrganizationType.fromCode(organization.type),
                organization.headquartersCountry,
                List.copyOf(organization.countriesOfOperation),
                organization.themes.stream().map(Theme::fromCode).toList(),
                List.copyOf(organization.workingLanguages),
                organization.yearFounded,
                organization.website,
                OrganizationStatus.fromCode(organization.status),
                full ? organization.statusReason : null,
                parent == null ? null
                        : new OrganizationView.Headquarters(parent.id, parent.legalName, parent.headquartersCountry,
                                parentStatus),
                parentStatus == OrganizationStatus.SUSPENDED,
                accreditation(organization),
                full ? contact(organization) : null,
                organization.registeredAt,
                organization.updatedAt);
    }

    private static OrganizationView.Accreditation accreditation(OrganizationEntity organization) {
        if (organization.dgcAssociatedSince == null && organization.ecosocStatus == null) {
            return null;
        }
        return new OrganizationView.Accreditation(organization.dgcAssociatedSince,
                organization.ecosocStatus == null ? null : EcosocStatus.fromCode(organization.ecosocStatus),
                organization.ecosocSince);
    }

    private static OrganizationProfile.Contact contact(OrganizationEntity organization) {
        if (organization.contactEmail == null && organization.contactPhone == null
                && organization.contactAddress == null) {
            return null;
        }
        return new OrganizationProfile.Contact(organization.contactEmail, organization.contactPhone,
                organization.contactAddress);
    }
}
