package org.custodian.verifier;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** An auditor runs the verifier without the service's stack: no Spring, no database, no network client. */
@AnalyzeClasses(packages = "org.custodian.verifier", importOptions = ImportOption.DoNotIncludeTests.class)
class VerifierBoundariesTest {

    @ArchTest
    static final ArchRule standsAlone = noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "org.springframework..", "org.custodian.audit..", "java.sql..", "java.net.http..");
}
