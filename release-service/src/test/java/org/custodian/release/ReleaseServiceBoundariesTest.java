package org.custodian.release;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.spring.stereotype.Aggregate;

/** Aggregates hold the rules and nothing else: no web, no SQL, no Spring beyond Axon's stereotype. */
@AnalyzeClasses(packages = "org.custodian.release", importOptions = ImportOption.DoNotIncludeTests.class)
class ReleaseServiceBoundariesTest {

    @ArchTest
    static final ArchRule aggregatesKnowNoWebOrPersistence = noClasses().that().areAnnotatedWith(Aggregate.class)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "org.springframework.jdbc..",
                    "org.springframework.http..", "jakarta.servlet..", "java.sql..", "org.custodian.support..");

    @ArchTest
    static final ArchRule aggregatesAreNotPublic = classes().that().areAnnotatedWith(Aggregate.class).should().notBePublic();
}
