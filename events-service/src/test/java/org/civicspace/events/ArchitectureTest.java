package org.civicspace.events;

import org.civicspace.testing.ServiceArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

/** Keeps the domain plain Java, and resources away from persistence and the outbox (the platform's rules). */
@AnalyzeClasses(packages = "org.civicspace.events", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests layering = ArchTests.in(ServiceArchitecture.class);
}
