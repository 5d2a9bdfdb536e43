package org.custodian.request.subscription;

import java.net.InetAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Host names a test resolves itself, in every test context at once (contexts cached side by side share
 * the delivery table, so any of their dispatchers may send); every other name resolves as usual.
 */
@TestConfiguration
public class TestHostNames {

    private static final Map<String, InetAddress> NAMES = new ConcurrentHashMap<>();

    static void resolve(String host, String address) throws Exception {
        NAMES.put(host, InetAddress.getByName(address));
    }

    @Bean
    @Primary
    HostResolver testHostNames() {
        return host -> NAMES.containsKey(host) ? new InetAddress[] {NAMES.get(host)} : InetAddress.getAllByName(host);
    }
}
