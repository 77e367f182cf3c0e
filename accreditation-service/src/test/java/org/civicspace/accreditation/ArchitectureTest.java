package org.civicspace.accreditation;

import org.civicspace.testing.ServiceArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

/**
 * The platform's one layout: every class in a feature and a role, api calling application and never the reverse, the
 * domain plain Java, entities in persistence, tests beside what they test.
 */
@AnalyzeClasses(packages = "org.civicspace.accreditation", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests layering = ArchTests.in(ServiceArchitecture.class);
}
