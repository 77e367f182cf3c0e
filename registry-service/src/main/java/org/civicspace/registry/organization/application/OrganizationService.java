package org.civicspace.registry.organization.application;

import java.time.Instant;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.civicspace.platform.domain.Refused;
import org.civicspace.platform.messaging.outbox.Outbox;
import org.civicspace.platform.web.http.EntityTags;
import org.civicspace.platform.web.paging.Cursor;
import org.civicspace.platform.web.paging.Page;
import org.civicspace.platform.web.security.Caller;
import org.civicspace.registry.organization.application.OrganizationProfile;
import org.civicspace.registry.organization.application.OrganizationView;
import org.civicspace.registry.organization.application.OrganizationViews.Visibility;
import org.civicspace.registry.organization.domain.CountryOfficePolicy;
import org.civicspace.registry.organization.domain.IsoCodes;
import org.civicspace.registry.organization.domain.OrganizationIdentifier;
import org.civicspace.registry.organization.domain.OrganizationStatus;
import org.civicspace.registry.organization.domain.OrganizationType;
import org.civicspace.registry.organization.domain.SearchText;
import org.civicspace.registry.organization.domain.StatusChange;
import org.civicspace.registry.organization.domain.Theme;
import org.civicspace.registry.organization.messaging.RegistryEvents;
import org.civicspace.registry.organization.persistence.OrganizationEntity;
import org.civicspace.registry.organization.persistence.OrganizationQuery;
import org.civicspace.registry.organization.persistence.OrganizationSearch;

import io.quarkus.logging.Log;

/**
 * The registry's use cases: register, read, update, change status and search organisations. Each write checks who
 * may act on the organisation, applies the domain's rules, and records its event in the same transaction.
 */
@ApplicationScoped
public class OrganizationService {

    /** How similar a name in the same country must be to be reported as a possible duplicate. */
    static final double DUPLICATE_SIMILARITY = 0.8;
    /** How many possible duplicates a registration's answer lists, the most similar. */
    static final int DUPLICATES_ON_REGISTRATION = 5;

    private final Caller caller;
    private final Outbox outbox;
    private final OrganizationSearch search;
    private final EntityManager entityManager;

    public OrganizationService(Caller caller, Outbox outbox, OrganizationSearch search, EntityManager entityManager) {
        this.caller = caller;
        this.outbox = outbox;
        this.search = search;
        this.entityManager = entityManager;
    }

    /**
     * Registers an organisation, pending review. A CSO representative registers the organisation their token names
     * (the {@code org_id} claim); DGC staff may register any.
     */
    @Transactional
    public Registration register(OrganizationProfile profile) {
        UUID id = caller.isStaff() ? UUID.randomUUID() : caller.organizationId().orElseThrow(
                () -> Refused.forbidden("Your account is not bound to an organisation."));
        if (OrganizationEntity.findById(id) != null) {
            throw Refused.conflict("Your organisation is already registered; update it instead.");
        }
        OrganizationIdentifier identifier = identifierFor(profile);
        if (OrganizationEntity.count("identifierAgency = ?1 and identifierNumber = ?2", identifier.agency(),
                identifier.number()) > 0) {
            throw Refused.conflict("duplicate-identifier", "Identifier already registered",
                    "An organisation with identifier " + identifier + " is already registered.");
        }
        Instant now = Instant.now();
        OrganizationEntity organization = new OrganizationEntity();
        organization.id = id;
        organization.identifierAgency = identifier.agency();
        organization.identifierNumber = identifier.number();
        organization.status = OrganizationStatus.PENDING.code();
        organization.registeredAt = now;
        apply(profile, organization, now);
        List<Registration.PossibleDuplicate> duplicates = possibleDuplicates(organization, Optional.empty(),
                DUPLICATES_ON_REGISTRATION).stream().map(Similar::duplicate).toList();
        organization.persist();
        entityManager.flush();
        outbox.append(RegistryEvents.REGISTERED, id, snapshot(organization, now));
        Log.debugf("organization %s registered", id);
        VersionedView registered = versioned(organization, Visibility.FULL);
        return new Registration(registered.view(), duplicates, registered.entityTag());
    }

    /**
     * Reads one organisation as the caller may see it: the public view, or the full one for its representatives and
     * DGC staff; a registration not yet public is not found by anyone else.
     */
    @Transactional
    public VersionedView get(UUID id) {
        OrganizationEntity organization = OrganizationEntity.findById(id);
        boolean full = organization != null && caller.mayActFor(id);
        if (organization == null || (!OrganizationStatus.fromCode(organization.status).isPublic() && !full)) {
            throw Refused.notFound("organization", id);
        }
        return versioned(organization, full ? Visibility.FULL : Visibility.PUBLIC);
    }

    /** Replaces the editable profile, if {@code ifMatch} names the current version. */
    @Transactional
    public VersionedView update(UUID id, String ifMatch, OrganizationProfile profile) {
        OrganizationEntity organization = editable(id);
        EntityTags.requireMatch(ifMatch, entityTagOf(organization, headquartersOf(organization)));
        if (profile.identifier() != null && !identifierFor(profile).equals(
                new OrganizationIdentifier(organization.identifierAgency, organization.identifierNumber))) {
            throw Refused.invalid("identifier", "cannot be changed once registered");
        }
        Instant now = Instant.now();
        apply(profile, organization, now);
        entityManager.flush();
        outbox.append(RegistryEvents.UPDATED, id, snapshot(organization, now));
        return versioned(organization, Visibility.FULL);
    }

    /** Moves an organisation to another status, as the lifecycle allows; staff only. */
    @Transactional
    public VersionedView changeStatus(UUID id, String ifMatch, OrganizationStatus requested, String reason) {
        OrganizationEntity organization = OrganizationEntity.findById(id);
        if (organization == null) {
            throw Refused.notFound("organization", id);
        }
        EntityTags.requireMatch(ifMatch, entityTagOf(organization, headquartersOf(organization)));
        StatusChange decision = StatusChange.decide(OrganizationStatus.fromCode(organization.status), requested);
        if (decision instanceof StatusChange.Declined declined) {
            throw new Refused(declined.refusal());
        }
        StatusChange.Changed changed = (StatusChange.Changed) decision;
        Instant now = Instant.now();
        organization.status = changed.to().code();
        organization.statusReason = reason;
        organization.updatedAt = now;
        if (changed.to() == OrganizationStatus.ACTIVE && organization.activatedAt == null) {
            organization.activatedAt = now;
        }
        entityManager.flush();
        outbox.append(RegistryEvents.STATUS_CHANGED, id, new RegistryEvents.StatusChanged(id,
                changed.from().code(), changed.to().code(), organization.version, now));
        return versioned(organization, Visibility.FULL);
    }

    /** A page of a search; the public sees no pending registration. */
    @Transactional
    public Page<OrganizationView> search(SearchRequest request) {
        OrganizationQuery query = toQuery(request);
        List<OrganizationEntity> rows = search.find(query);
        return Page.of(rows, query.limit(), row -> view(row, visibilityOf(row)), row -> search.cursorAfter(row, query));
    }

    /**
     * Organisations whose name is very similar to {@code name} in {@code country}, for a check before registering: a
     * page of up to {@code limit}, most similar first and then by id, after the cursor of the last one a page showed.
     */
    @Transactional
    public Page<Registration.PossibleDuplicate> similarNames(String name, String country, int limit, String cursor) {
        Optional<Cursor> after = Cursor.decode(cursor, 2);
        after.ifPresent(OrganizationService::checkSimilarityCursor);
        OrganizationEntity probe = new OrganizationEntity();
        probe.searchText = SearchText.normalize(name);
        probe.legalName = name;
        probe.headquartersCountry = country;
        return Page.of(possibleDuplicates(probe, after, limit + 1), limit, Similar::duplicate,
                similar -> Cursor.after(Float.toString(similar.score()), similar.duplicate().id().toString()));
    }

    private static void checkSimilarityCursor(Cursor cursor) {
        try {
            Float.parseFloat(cursor.key(0));
            UUID.fromString(cursor.key(1));
        } catch (IllegalArgumentException e) {
            throw Refused.invalid("cursor", "is not a cursor this list issued");
        }
    }

    /**
     * A view and its ETag, which names the versions it shows (the organisation's, and its headquarters' when it has
     * one) and differs between the public and the full view of the same versions.
     */
    public record VersionedView(OrganizationView view, String entityTag, boolean publicView) {
    }

    OrganizationQuery toQuery(SearchRequest request) {
        String text = SearchText.normalize(request.q());
        OrganizationQuery.Sort sort = sortOf(request.sort(), !text.isEmpty());
        Optional<Cursor> after = Cursor.decode(request.cursor(), sort.cursorKeys());
        after.ifPresent(cursor -> checkCursor(cursor, sort));
        List<String> countries = upper(request.countries());
        countries.forEach(country -> {
            if (!IsoCodes.isCountry(country)) {
                throw Refused.invalid("country", "must be an ISO 3166-1 alpha-2 country code, such as FR");
            }
        });
        List<String> types = request.types().stream().map(OrganizationType::code).toList();
        List<String> themes = request.themes().stream().map(Theme::code).toList();
        if (!caller.isStaff() && request.statuses().contains(OrganizationStatus.PENDING)) {
            throw Refused.invalid("status", "pending registrations are visible to DGC staff only");
        }
        List<String> statuses = request.statuses().stream().map(OrganizationStatus::code).toList();
        Optional<String> accreditation = Optional.ofNullable(request.accreditation()).map(AccreditationFilter::code);
        return new OrganizationQuery(text, countries, types, themes, statuses, accreditation, sort,
                !caller.isStaff(), request.limit(), after);
    }

    private static OrganizationQuery.Sort sortOf(SearchOrder order, boolean hasText) {
        if (order == null) {
            return hasText ? OrganizationQuery.Sort.RELEVANCE : OrganizationQuery.Sort.NAME;
        }
        return switch (order) {
            case NAME -> OrganizationQuery.Sort.NAME;
            case NEWEST -> OrganizationQuery.Sort.NEWEST;
            case RELEVANCE -> {
                if (!hasText) {
                    throw Refused.invalid("sort", "relevance needs a search text in q");
                }
                yield OrganizationQuery.Sort.RELEVANCE;
            }
        };
    }

    private static void checkCursor(Cursor cursor, OrganizationQuery.Sort sort) {
        try {
            UUID.fromString(cursor.key(1));
            switch (sort) {
                case NEWEST -> Instant.parse(cursor.key(0));
                case RELEVANCE -> Float.parseFloat(cursor.key(0));
                case NAME -> {
                    // any text is a name
                }
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw Refused.invalid("cursor", "is not a cursor this list issued");
        }
    }

    private static List<String> upper(List<String> values) {
        return values == null ? List.of()
                : values.stream().filter(v -> v != null && !v.isBlank()).map(v -> v.toUpperCase(Locale.ROOT)).toList();
    }

    private OrganizationEntity editable(UUID id) {
        OrganizationEntity organization = OrganizationEntity.findById(id);
        if (organization == null) {
            throw Refused.notFound("organization", id);
        }
        caller.requireActingFor(id);
        if (OrganizationStatus.fromCode(organization.status) == OrganizationStatus.DISSOLVED) {
            throw Refused.conflict("A dissolved organisation's profile cannot change.");
        }
        return organization;
    }

    private Visibility visibilityOf(OrganizationEntity organization) {
        return caller.mayActFor(organization.id) ? Visibility.FULL : Visibility.PUBLIC;
    }

    private OrganizationView view(OrganizationEntity organization, Visibility visibility) {
        return OrganizationViews.of(organization, headquartersOf(organization), visibility);
    }

    private static VersionedView versioned(OrganizationEntity organization, Visibility visibility) {
        OrganizationEntity headquarters = headquartersOf(organization);
        String tag = entityTagOf(organization, headquarters);
        return new VersionedView(OrganizationViews.of(organization, headquarters, visibility),
                visibility == Visibility.FULL ? tag : tag.replaceFirst("\"$", "-public\""),
                visibility == Visibility.PUBLIC);
    }

    private static OrganizationEntity headquartersOf(OrganizationEntity organization) {
        return organization.parentId == null ? null : OrganizationEntity.findById(organization.parentId);
    }

    /** An office's view shows its headquarters' name and status, so its ETag changes when they do. */
    private static String entityTagOf(OrganizationEntity organization, OrganizationEntity headquarters) {
        return headquarters == null ? EntityTags.of(organization.version)
                : EntityTags.of(organization.version, headquarters.version);
    }

    private OrganizationIdentifier identifierFor(OrganizationProfile profile) {
        if (profile.identifier() == null) {
            Number next = (Number) entityManager.createNativeQuery("SELECT nextval('organization_fallback_number')")
                    .getSingleResult();
            return OrganizationIdentifier.fallback(next.longValue());
        }
        return new OrganizationIdentifier(profile.identifier().agency(), profile.identifier().number());
    }

    private void apply(OrganizationProfile profile, OrganizationEntity organization, Instant now) {
        if (profile.yearFounded() != null && profile.yearFounded() > Year.now().getValue()) {
            throw Refused.invalid("yearFounded", "must not be in the future");
        }
        checkParent(profile.parentId(), organization.id);
        organization.legalName = profile.legalName().strip();
        organization.acronym = profile.acronym();
        organization.otherNames = new LinkedHashMap<>(profile.otherNamesOrEmpty());
        organization.searchText = SearchText.ofNames(organization.legalName, organization.acronym,
                organization.otherNames.values());
        organization.type = profile.type().code();
        organization.headquartersCountry = profile.headquartersCountry();
        organization.countriesOfOperation = new ArrayList<>(profile.countriesOfOperationOrEmpty().stream()
                .distinct().toList());
        organization.themes = new ArrayList<>(profile.themesOrEmpty().stream().distinct().map(Theme::code).toList());
        organization.workingLanguages = new ArrayList<>(profile.workingLanguagesOrEmpty().stream().distinct()
                .toList());
        organization.yearFounded = profile.yearFounded();
        organization.website = profile.website();
        organization.contactEmail = profile.contact() == null ? null : profile.contact().email();
        organization.contactPhone = profile.contact() == null ? null : profile.contact().phone();
        organization.contactAddress = profile.contact() == null ? null : profile.contact().address();
        organization.parentId = profile.parentId();
        organization.updatedAt = now;
    }

    /** A country office belongs to an international NGO that is itself a headquarters ({@link CountryOfficePolicy}). */
    private static void checkParent(UUID parentId, UUID officeId) {
        if (parentId == null) {
            return;
        }
        Optional<CountryOfficePolicy.Parent> parent = OrganizationEntity.<OrganizationEntity>findByIdOptional(parentId)
                .map(p -> new CountryOfficePolicy.Parent(OrganizationType.fromCode(p.type), p.parentId != null));
        CountryOfficePolicy.check(parentId, officeId, parent, OrganizationEntity.count("parentId", officeId) > 0)
                .ifPresent(refusal -> {
                    throw new Refused(refusal);
                });
    }

    /** A possible duplicate and its exact similarity (a {@code real}), which orders the list and its cursor. */
    private record Similar(Registration.PossibleDuplicate duplicate, float score) {
    }

    /**
     * Up to {@code limit} organisations of the country with a name very similar to the organisation's, most similar
     * first and then by id, after the position (similarity, id) of {@code after}.
     */
    @SuppressWarnings("unchecked")
    private List<Similar> possibleDuplicates(OrganizationEntity organization, Optional<Cursor> after, int limit) {
        String name = SearchText.normalize(organization.legalName);
        // The check reads the organisations of the country (the country compared as char(2), the column's type, so
        // that its index can serve: compared as text, PostgreSQL may compare the name with every organisation) or the
        // trigram index, which then returns only names at least this similar (with pg_trgm's default threshold, 0.6,
        // far more candidates, each compared again). Set for this transaction only.
        entityManager.createNativeQuery("SELECT set_config('pg_trgm.word_similarity_threshold', :threshold, true)")
                .setParameter("threshold", String.valueOf(DUPLICATE_SIMILARITY))
                .getSingleResult();
        // no index holds this order, since the similarity depends on the name asked about: the page is taken, by
        // (similarity, id), from the few names of the country that are this similar
        var query = entityManager.createNativeQuery("""
                SELECT id, legal_name, headquarters_country, word_similarity(:name, search_text) AS score
                FROM organization
                WHERE headquarters_country = CAST(:country AS char(2)) AND id <> :id AND :name <% search_text
                  AND word_similarity(:name, search_text) >= :threshold
                """ + (after.isPresent() ? """
                  AND (word_similarity(:name, search_text) < CAST(:afterScore AS real)
                       OR (word_similarity(:name, search_text) = CAST(:afterScore AS real) AND id > :afterId))
                """ : "") + """
                ORDER BY score DESC, id
                LIMIT :limit""")
                .setParameter("name", name)
                .setParameter("country", organization.headquartersCountry)
                .setParameter("id", organization.id == null ? new UUID(0, 0) : organization.id)
                .setParameter("threshold", DUPLICATE_SIMILARITY)
                .setParameter("limit", limit);
        after.ifPresent(cursor -> query.setParameter("afterScore", cursor.key(0))
                .setParameter("afterId", UUID.fromString(cursor.key(1))));
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(row -> {
            float score = ((Number) row[3]).floatValue();
            return new Similar(new Registration.PossibleDuplicate((UUID) row[0], (String) row[1],
                    String.valueOf(row[2]), Math.round((double) score * 100) / 100.0), score);
        }).toList();
    }

    private static RegistryEvents.OrganizationSnapshot snapshot(OrganizationEntity organization, Instant now) {
        return new RegistryEvents.OrganizationSnapshot(organization.id,
                organization.identifierAgency + "-" + organization.identifierNumber, organization.legalName,
                organization.acronym, organization.type, organization.headquartersCountry,
                List.copyOf(organization.countriesOfOperation), List.copyOf(organization.themes), organization.status,
                organization.parentId, organization.version, now);
    }
}
