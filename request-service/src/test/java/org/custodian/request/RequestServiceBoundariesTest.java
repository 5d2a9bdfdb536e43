package org.custodian.request;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.spring.stereotype.Aggregate;
import org.custodian.request.review.Panel;
import org.custodian.request.review.Refusal;
import org.custodian.request.review.Review;
import org.custodian.request.review.ReviewRefused;
import org.custodian.request.review.Reviews;
import org.custodian.request.review.Verdict;

/** Aggregates and review rules hold the rules and nothing else: no web, no SQL, no Spring beyond Axon's stereotype. */
@AnalyzeClasses(packages = "org.custodian.request", importOptions = ImportOption.DoNotIncludeTests.class)
class RequestServiceBoundariesTest {

    @ArchTest
    static final ArchRule aggregatesKnowNoWebOrPersistence = noClasses().that().areAnnotatedWith(Aggregate.class)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "org.springframework.jdbc..",
                    "jakarta.servlet..", "java.sql..", "org.custodian.support.security..");

    @ArchTest
    static final ArchRule aggregatesAreNotPublic = classes().that().areAnnotatedWith(Aggregate.class).should().notBePublic();

    @ArchTest
    static final ArchRule reviewRulesArePlainJava = noClasses().that().belongToAnyOf(Review.class, Reviews.class,
                    ReviewRefused.class, Panel.class, Refusal.class, Verdict.class)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.axonframework..");

    @ArchTest
    static final ArchRule featuresDoNotReachIntoEachOthersAggregates = noClasses()
            .that().resideOutsideOfPackage("org.custodian.request.access..")
            .should().dependOnClassesThat().resideInAPackage("org.custodian.request.access..");
}
