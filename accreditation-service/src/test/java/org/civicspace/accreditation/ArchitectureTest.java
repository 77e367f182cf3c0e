package org.civicspace.accreditation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the domain plain Java, and resources away from persistence. */
@AnalyzeClasses(packages = "org.civicspace.accreditation", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainKnowsNoFramework = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "jakarta.persistence..",
                    "io.quarkus..", "org.apache.kafka..", "io.smallrye.reactive..", "org.hibernate..",
                    "org.civicspace.platform..");

    @ArchTest
    static final ArchRule resourcesGoThroughApplicationServices = noClasses().that().resideInAPackage("..api..")
            .should().dependOnClassesThat().resideInAnyPackage("..persistence..");

    @ArchTest
    static final ArchRule resourcesDoNotWriteThroughTheOutbox = noClasses().that().resideInAPackage("..api..")
            .should().dependOnClassesThat().resideInAnyPackage("org.civicspace.platform.messaging..");
}
