package org.civicspace.testing;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering every service keeps, as ArchUnit rules: the domain is plain Java, and resources reach data only
 * through application services. The domain's one platform class is {@code WireCodes}, itself plain Java: the one
 * spelling of enum values on the wire, which a domain enum names as its {@code code()}. A service includes them with
 * {@code @ArchTest static final ArchTests layering = ArchTests.in(ServiceArchitecture.class);}.
 */
public final class ServiceArchitecture {

    /**
     * The one wire spelling of enum values: plain Java, with nothing of a framework behind it, that a domain enum's
     * {@code code()} and {@code fromCode} call (registry's OrganizationType is the model).
     */
    private static final String WIRE_CODES = "org.civicspace.platform.web.json.WireCodes";

    @ArchTest
    static final ArchRule domainKnowsNoFramework = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat(resideInAnyPackage("jakarta.ws.rs..", "jakarta.persistence..",
                    "io.quarkus..", "org.apache.kafka..", "io.smallrye.reactive..", "org.hibernate..",
                    "org.civicspace.platform..").and(not(name(WIRE_CODES)))
                    .as("classes of a framework or of the platform (but WireCodes)"));

    @ArchTest
    static final ArchRule resourcesGoThroughApplicationServices = noClasses().that().resideInAPackage("..api..")
            .should().dependOnClassesThat().resideInAnyPackage("..persistence..");

    @ArchTest
    static final ArchRule resourcesDoNotWriteThroughTheOutbox = noClasses().that().resideInAPackage("..api..")
            .should().dependOnClassesThat().resideInAnyPackage("org.civicspace.platform.messaging..");

    private ServiceArchitecture() {
    }
}
