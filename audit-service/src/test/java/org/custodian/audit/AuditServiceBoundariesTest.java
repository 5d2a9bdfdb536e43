package org.custodian.audit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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
}
