package org.custodian.testing;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * Points a service under test at real infrastructure shared by the whole test JVM: its own database
 * (named by {@code custodian.database}) on one PostgreSQL, and one Kafka broker; and makes it trust
 * {@link TestTokens}. Embedded by default; in containers with
 * {@code -Dcustodian.test.infrastructure=containers} where Docker runs.
 * Use with {@code @ContextConfiguration(initializers = EmbeddedInfrastructure.class)}.
 */
public class EmbeddedInfrastructure implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String database = context.getEnvironment().getRequiredProperty("custodian.database");
        boolean containers = ContainerInfrastructure.chosen();
        TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context,
                "spring.datasource.url=" + (containers ? ContainerInfrastructure.jdbcUrl(database) : EmbeddedPostgresServer.jdbcUrl(database)),
                "spring.datasource.username=" + (containers ? ContainerInfrastructure.username() : EmbeddedPostgresServer.username()),
                "spring.datasource.password=" + (containers ? ContainerInfrastructure.password() : ""),
                "spring.cloud.stream.kafka.binder.brokers=" + bootstrapServers(),
                "spring.security.oauth2.resourceserver.jwt.public-key-location=" + TestTokens.publicKeyLocation(),
                "logging.structured.format.console=");
    }

    /** The broker every test in this JVM shares. */
    public static String bootstrapServers() {
        return ContainerInfrastructure.chosen() ? ContainerInfrastructure.bootstrapServers() : EmbeddedKafkaServer.bootstrapServers();
    }
}
