package org.civicspace.events;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.civicspace.testing.ServiceArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Keeps the domain plain Java, and resources away from persistence and the outbox (the platform's rules); and the
 * application layer from the web layer: resources map their requests to the application's commands and its results
 * to their views, never the other way round.
 */
@AnalyzeClasses(packages = "org.civicspace.events", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests layering = ArchTests.in(ServiceArchitecture.class);

    @ArchTest
    static final ArchRule applicationKnowsNoResource = noClasses().that().resideInAPackage("..application..")
            .should().dependOnClassesThat().resideInAPackage("..api..");
}
