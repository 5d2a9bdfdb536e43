package org.custodian.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ServiceTest {

    private final PlatformLayout layout = PlatformLayout.defaults(Path.of("/repo"));

    @Test
    void theConsoleListensOnThePortBeforeTheServicesAndIsToldWhereEachIs() {
        assertThat(Service.CONSOLE.port(layout)).isEqualTo(8080);
        assertThat(Service.REQUEST.port(layout)).isEqualTo(8081);
        assertThat(Service.AUDIT.port(layout)).isEqualTo(8084);
        assertThat(Service.CONSOLE.arguments(layout)).containsExactly(
                "--custodian.console.services.request=http://localhost:8081",
                "--custodian.console.services.policy=http://localhost:8082",
                "--custodian.console.services.release=http://localhost:8083",
                "--custodian.console.services.audit=http://localhost:8084");
    }

    @Test
    void aServiceIsToldItsDatabaseAndBrokerAndTheConsoleNeither() {
        assertThat(Service.POLICY.arguments(layout)).containsExactly(
                "--spring.datasource.url=jdbc:postgresql://localhost:15432/policy",
                "--spring.cloud.stream.kafka.binder.brokers=localhost:19092");
        assertThat(String.join(" ", Service.CONSOLE.arguments(layout))).doesNotContain("datasource").doesNotContain("kafka");
    }
}
