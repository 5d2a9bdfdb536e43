package org.custodian.audit;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.fasterxml.jackson.databind.JsonNode;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The log is the core: features depend on it, it depends on none of them, nor on the web or Kafka. */
@AnalyzeClasses(packages = "org.custodian.audit", importOptions = ImportOption.DoNotIncludeTests.class)
class AuditServiceBoundariesTest {

    @ArchTest
    static final ArchRule theLogKnowsNoFeatureWebOrKafka = noClasses().that().resideInAPackage("org.custodian.audit.log..")
            .should().dependOnClassesThat().resideInAnyPackage("org.custodian.audit.ingestion..",
                    "org.custodian.audit.query..", "org.custodian.audit.verification..", "org.custodian.audit.checkpoint..",
                    "org.custodian.audit.history..", "org.custodian.audit.report..", "org.springframework.web..",
                    "org.springframework.kafka..", "org.springframework.cloud.stream..", "io.cloudevents..");

    @ArchTest
    static final ArchRule theMerkleTreeIsPlainJava = noClasses().that().resideInAPackage("org.custodian.audit.merkle..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.custodian.audit.log..",
                    "org.custodian.audit.checkpoint..", "java.sql..", "javax.sql..");

    @ArchTest
    static final ArchRule readersDoNotReachIntoIngestion = noClasses()
            .that().resideInAnyPackage("org.custodian.audit.query..", "org.custodian.audit.verification..",
                    "org.custodian.audit.checkpoint..", "org.custodian.audit.history..", "org.custodian.audit.report..")
            .should().dependOnClassesThat().resideInAPackage("org.custodian.audit.ingestion..");

    @ArchTest
    static final ArchRule ingestionDoesNotReachIntoReaders = noClasses()
            .that().resideInAPackage("org.custodian.audit.ingestion..")
            .should().dependOnClassesThat().resideInAnyPackage("org.custodian.audit.query..", "org.custodian.audit.verification..",
                    "org.custodian.audit.checkpoint..", "org.custodian.audit.history..", "org.custodian.audit.report..");

    @ArchTest
    static final ArchRule ingestionWritesOnlyThroughTheLog = noClasses()
            .that().resideInAPackage("org.custodian.audit.ingestion..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..", "javax.sql..");

    @ArchTest
    static final ArchRule personalDataKnowsNoFeatureNorTheLog = noClasses()
            .that().resideInAPackage("org.custodian.audit.personal..")
            .should().dependOnClassesThat().resideInAnyPackage("org.custodian.audit.log..", "org.custodian.audit.ingestion..",
                    "org.custodian.audit.query..", "org.custodian.audit.verification..", "org.custodian.audit.checkpoint..",
                    "org.custodian.audit.history..", "org.custodian.audit.report..");

    /**
     * Issue 18 §3: what folds events into a report or a history reads them as their {@code contracts} records,
     * never by JSON field name, so a renamed or added field is a compile error there, not a silent zero. Only
     * {@code history.EntryEvents} opens an entry's envelope; the report reads its rows as records.
     */
    @ArchTest
    static final ArchRule eventFoldersReadContractRecordsNotJsonFields = noClasses()
            .that().resideInAPackage("org.custodian.audit.report..")
            .or().haveSimpleName("ResearcherHistory")
            .should().callMethodWhere(target(owner(assignableTo(JsonNode.class)))
                    .and(target(nameMatching("path|get|has|hasNonNull|findValue|findPath|at|required|asText|textValue|fields|elements"))));

    /** ADR 019: a researcher's chat identity is request-service's; the audit service only seals it, never reads it. */
    @ArchTest
    static final ArchRule chatIdentitiesAreNotRead = noClasses().should().callMethodWhere(target(nameMatching("slackUserId")));
}
