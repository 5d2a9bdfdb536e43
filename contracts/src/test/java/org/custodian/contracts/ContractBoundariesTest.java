package org.custodian.contracts;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The contract is plain Java: services depend on it, it depends on no framework of theirs. */
@AnalyzeClasses(packages = "org.custodian.contracts", importOptions = ImportOption.DoNotIncludeTests.class)
class ContractBoundariesTest {

    @ArchTest
    static final ArchRule noSpringAxonOrJpa = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "org.axonframework..", "jakarta.persistence..", "org.custodian.support..");

    @ArchTest
    static final ArchRule noService = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.custodian.request..", "org.custodian.policy..", "org.custodian.release..", "org.custodian.audit..");
}
