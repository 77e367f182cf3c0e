package org.civicspace.testing;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The one layout every service keeps, as ArchUnit rules (docs/architecture.md, "Inside a service"): one base package
 * ({@code org.civicspace.registry}), split first by feature, then by role, {@code <feature>/{api, application,
 * domain, persistence, messaging}}. {@code api} calls {@code application}, never the reverse; {@code domain} is plain
 * Java; entities stay in {@code persistence}; tests live in the package of what they test. A domain may use the
 * rules of {@code platform-domain} and {@code WireCodes}, both plain Java. There is no exception list: a class that does not fit is moved, not
 * excused. A service includes the rules with
 * {@code @ArchTest static final ArchTests layout = ArchTests.in(ServiceArchitecture.class);}.
 */
public final class ServiceArchitecture {

    /** {@code org.civicspace.<service>.<feature>.<role>}, and anything below a role. */
    static final String FEATURE_AND_ROLE = "org.civicspace.*.*.[api|application|domain|persistence|messaging]..";

    /**
     * The one wire spelling of enum values: plain Java, with nothing of a framework behind it, that a domain enum's
     * {@code code()} and {@code fromCode} call (registry's OrganizationType is the model).
     */
    private static final String WIRE_CODES = "org.civicspace.platform.web.json.WireCodes";

    @ArchTest
    static final ArchRule everyClassHasAFeatureAndARole = classes().should().resideInAPackage(FEATURE_AND_ROLE)
            .as("every class resides in <service>.<feature>.<role>, the role one of api, application, domain, "
                    + "persistence, messaging");

    @ArchTest
    static final ArchRule domainKnowsNoFramework = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat(resideInAnyPackage("jakarta.ws.rs..", "jakarta.persistence..",
                    "io.quarkus..", "org.apache.kafka..", "io.smallrye.reactive..", "org.hibernate..",
                    "org.civicspace.platform..").and(not(name(WIRE_CODES)))
                    .and(not(resideInAnyPackage("org.civicspace.platform.domain..")))
                    .as("classes of a framework or of the platform (but WireCodes and platform-domain's rules)"));

    @ArchTest
    static final ArchRule domainKnowsNoOtherRole = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..api..", "..application..", "..persistence..",
                    "..messaging..");

    @ArchTest
    static final ArchRule applicationDoesNotKnowTheApi = noClasses().that().resideInAnyPackage("..application..",
            "..persistence..", "..messaging..").should().dependOnClassesThat().resideInAPackage("..api..");

    /**
     * One way to say no: the rules refuse with platform-domain's {@code Refusal} (returned in an {@code Outcome} or
     * thrown as {@code Refused}); only the api speaks in problem responses.
     */
    @ArchTest
    static final ArchRule onlyTheApiAnswersWithProblems = noClasses().that().resideInAnyPackage("..domain..",
            "..application..", "..persistence..", "..messaging..").should().dependOnClassesThat()
            .resideInAnyPackage("org.civicspace.platform.web.problem..", "org.civicspace.platform.problem..")
            .as("no class outside api answers with a problem (refuse with platform-domain's Refusal)");

    @ArchTest
    static final ArchRule resourcesGoThroughApplicationServices = noClasses().that().resideInAPackage("..api..")
            .should().dependOnClassesThat().resideInAnyPackage("..persistence..");

    @ArchTest
    static final ArchRule resourcesDoNotWriteThroughTheOutbox = noClasses().that().resideInAPackage("..api..")
            .should().dependOnClassesThat().resideInAnyPackage("org.civicspace.platform.messaging..");

    @ArchTest
    static final ArchRule entitiesStayInPersistence = classes().that().areAnnotatedWith("jakarta.persistence.Entity")
            .should().resideInAPackage("..persistence..");

    /**
     * Every test resides in a package that holds the production classes it tests, or in the service's base package
     * (the harness that starts the real servers, and the architecture test itself).
     */
    @ArchTest
    static void testsMirrorTheProductionPackages(JavaClasses production) {
        String base = basePackageOf(production);
        Set<String> packages = new HashSet<>(List.of(base));
        production.forEach(type -> packages.add(type.getPackageName()));
        JavaClasses tests = new ClassFileImporter().withImportOption(new ImportOption.OnlyIncludeTests())
                .importPackages(base);
        List<String> misplaced = tests.stream().filter(JavaClass::isTopLevelClass)
                .filter(test -> !packages.contains(test.getPackageName())).map(JavaClass::getName).sorted().toList();
        assertThat(misplaced).as("test classes in a package without production classes (move each beside what "
                + "it tests, or to %s)", base).isEmpty();
    }

    private static String basePackageOf(JavaClasses production) {
        JavaClass any = production.iterator().next();
        String[] segments = any.getPackageName().split("\\.");
        return String.join(".", List.of(segments).subList(0, 3));
    }

    private ServiceArchitecture() {
    }
}
