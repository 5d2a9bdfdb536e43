package org.custodian.testing;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * Points a service under test at the JVM's embedded PostgreSQL (its own database, named by
 * {@code custodian.database}) and embedded broker, and makes it trust {@link TestTokens}.
 * Use with {@code @ContextConfiguration(initializers = EmbeddedInfrastructure.class)}.
 */
public class EmbeddedInfrastructure implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String database = context.getEnvironment().getRequiredProperty("custodian.database");
        TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context,
                "spring.datasource.url=" + EmbeddedPostgresServer.jdbcUrl(database),
                "spring.datasource.username=" + EmbeddedPostgresServer.username(),
                "spring.datasource.password=",
                "spring.cloud.stream.kafka.binder.brokers=" + EmbeddedKafkaServer.bootstrapServers(),
                "spring.security.oauth2.resourceserver.jwt.public-key-location=" + TestTokens.publicKeyLocation(),
                "logging.structured.format.console=");
    }
}
