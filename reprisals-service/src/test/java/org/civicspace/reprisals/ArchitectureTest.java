package org.civicspace.reprisals;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;

import org.civicspace.platform.web.json.WireCodes;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * One layout: {@code org.civicspace.reprisals.<feature>.<role>}, the application never reaches into the API, the API
 * never into persistence or messaging, entities stay in persistence, and the domain is plain Java.
 */
@AnalyzeClasses(packages = "org.civicspace.reprisals", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String BASE = "org.civicspace.reprisals";

    @ArchTest
    static final ArchRule everyClassIsInAFeatureAndARole = classes().should()
            .resideInAPackage("org.civicspace.*.*.[api|application|domain|persistence|messaging]..");

    @ArchTest
    static final ArchRule applicationDoesNotUseTheApi = noClasses().that().resideInAPackage("..application..")
            .should().dependOnClassesThat().resideInAPackage(BASE + "..api..");

    @ArchTest
    static final ArchRule apiDoesNotTouchPersistenceOrMessaging = noClasses().that().resideInAPackage("..api..")
            .should().dependOnClassesThat().resideInAnyPackage(BASE + "..persistence..", "jakarta.persistence..",
                    "io.quarkus.hibernate..", "org.hibernate..", "org.civicspace.platform.messaging..");

    @ArchTest
    static final ArchRule entitiesStayInPersistence = classes().that().areAnnotatedWith(Entity.class)
            .should().resideInAPackage("..persistence..");

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat(resideInAnyPackage("jakarta.ws.rs..", "jakarta.persistence..",
                    "io.quarkus..", "org.apache.kafka..", "org.hibernate..", "io.smallrye..",
                    BASE + "..api..", BASE + "..application..", BASE + "..persistence..", BASE + "..messaging..")
                    .or(resideInAPackage("org.civicspace.platform..").and(not(equivalentTo(WireCodes.class)))));

    /** Tests mirror the production packages: each sits beside what it tests, or at the base if it is harness. */
    @Test
    void testsResideInProductionPackagesOrTheBase() {
        Set<String> production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(BASE).stream().map(JavaClass::getPackageName).collect(Collectors.toSet());
        Set<String> misplaced = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages(BASE).stream().map(JavaClass::getPackageName)
                .filter(p -> !p.equals(BASE) && !production.contains(p)).collect(Collectors.toSet());
        assertThat(misplaced).as("test packages holding no production class").isEmpty();
    }
}
