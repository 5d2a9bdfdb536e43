package org.custodian.policy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.spring.stereotype.Aggregate;

/** The aggregate holds the rule and nothing else; the engine knows nothing of who asks it or why. */
@AnalyzeClasses(packages = "org.custodian.policy", importOptions = ImportOption.DoNotIncludeTests.class)
class PolicyServiceBoundariesTest {

    @ArchTest
    static final ArchRule aggregatesKnowNoWebPersistenceOrEngine = noClasses().that().areAnnotatedWith(Aggregate.class)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "org.springframework.jdbc..",
                    "jakarta.servlet..", "java.sql..", "org.custodian.support.security..", "org.custodian.policy.engine..",
                    "com.styra..");

    @ArchTest
    static final ArchRule aggregatesAreNotPublic = classes().that().areAnnotatedWith(Aggregate.class).should().notBePublic();

    @ArchTest
    static final ArchRule theEngineDependsOnNoFeature = noClasses().that().resideInAPackage("org.custodian.policy.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("org.custodian.policy.decision..",
                    "org.custodian.policy.catalog..", "org.custodian.policy.whatif..", "org.axonframework..");

    @ArchTest
    static final ArchRule onlyTheEngineTouchesWasmOrOpa = noClasses().that().resideOutsideOfPackage("org.custodian.policy.engine..")
            .should().dependOnClassesThat().resideInAPackage("com.styra..");

    @ArchTest
    static final ArchRule featuresDependOneWay = slices().matching("org.custodian.policy.(*)..").should().beFreeOfCycles();
}
