package org.civicspace.reprisals;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Domain packages are plain Java: no HTTP, Kafka, messaging or persistence in the business rules. */
@AnalyzeClasses(packages = "org.civicspace.reprisals", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainArchitectureTest {

    @ArchTest
    static final ArchRule domainIsFreeOfInfrastructure = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.apache.kafka..",
                    "io.quarkus.hibernate..", "io.quarkus.panache..", "jakarta.persistence..",
                    "io.smallrye.reactive.messaging..", "org.civicspace.platform.messaging..",
                    "org.civicspace.reprisals..persistence..", "org.civicspace.reprisals..api..");

    @ArchTest
    static final ArchRule resourcesDoNotTouchPersistence = noClasses().that().resideInAPackage("..api..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "io.quarkus.hibernate..");
}
