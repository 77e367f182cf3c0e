package org.civicspace.notifications;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

import org.civicspace.testing.ServiceArchitecture;

/** The one layout every service keeps: the platform's rules, with no exception list. */
@AnalyzeClasses(packages = "org.civicspace.notifications", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests layout = ArchTests.in(ServiceArchitecture.class);
}
