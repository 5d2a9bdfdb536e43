package org.custodian.request.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ranges refused by default, and an operator's allow-list opening exactly the ranges it names. */
class WebhookTargetsTest {

    private static WebhookTargets allowing(String... ranges) {
        return new WebhookTargets(new WebhookTargets.Settings(List.of(ranges)), InetAddress::getAllByName);
    }

    @Test
    void internalAddressesAreRefusedAndPublicOnesAreNot() {
        WebhookTargets targets = allowing();

        assertThat(targets.refusal(URI.create("http://127.0.0.1/"))).get().asString().contains("loopback");
        assertThat(targets.refusal(URI.create("http://169.254.169.254/"))).get().asString().contains("cloud metadata");
        assertThat(targets.refusal(URI.create("http://172.31.255.255/"))).get().asString().contains("private");
        assertThat(targets.refusal(URI.create("http://100.100.100.200/"))).isPresent();
        assertThat(targets.refusal(URI.create("http://[fc00::1]/"))).get().asString().contains("unique-local");
        assertThat(targets.refusal(URI.create("http://[fe80::1]/"))).get().asString().contains("link-local");
        assertThat(targets.refusal(URI.create("http://172.32.0.1/"))).isEmpty();
        assertThat(targets.refusal(URI.create("https://203.0.113.7/"))).isEmpty();
        assertThat(targets.refusal(URI.create("https://[2001:db8::1]/"))).isEmpty();
    }

    @Test
    void anAllowedRangeOpensThatRangeOnly() {
        WebhookTargets targets = allowing("127.0.0.1/32", "fd00::/8", "10.20.0.0/16");

        assertThat(targets.refusal(URI.create("http://127.0.0.1:9000/"))).isEmpty();
        assertThat(targets.refusal(URI.create("http://127.0.0.2/"))).isPresent();
        assertThat(targets.refusal(URI.create("http://[fd00::5]/"))).isEmpty();
        assertThat(targets.refusal(URI.create("http://[fd80::5]/"))).isEmpty();
        assertThat(targets.refusal(URI.create("http://[fc00::5]/"))).isPresent();
        assertThat(targets.refusal(URI.create("http://10.20.255.1/"))).isEmpty();
        assertThat(targets.refusal(URI.create("http://10.21.0.1/"))).isPresent();
    }

    @Test
    void aMisconfiguredRangeStopsTheServiceFromStarting() {
        assertThatThrownBy(() -> allowing("localhost")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> allowing("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class);
    }
}
