package org.civicspace.accreditation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.civicspace.testing.ServiceArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Keeps the domain plain Java, and resources away from persistence and the outbox (the platform's rules), and the
 * application layer ignorant of the API: resources map their requests to commands and results to views.
 */
@AnalyzeClasses(packages = "org.civicspace.accreditation", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests layering = ArchTests.in(ServiceArchitecture.class);

    /** Until the platform's ServiceArchitecture holds this rule for every service. */
    @ArchTest
    static final ArchRule applicationDoesNotKnowTheApi = noClasses().that().resideInAPackage("..application..")
            .should().dependOnClassesThat().resideInAPackage("..api..");
}
