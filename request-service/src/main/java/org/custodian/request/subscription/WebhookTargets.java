package org.custodian.request.subscription;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Where a webhook may be sent: never to this host, the cloud's metadata service or an internal
 * network (OWASP API7, server-side request forgery), unless an operator allowed that range
 * ({@code custodian.webhooks.allowed-ranges}). Checked on subscribing and again before each delivery,
 * since a name can resolve elsewhere later (DNS rebinding).
 */
@Component
class WebhookTargets {

    /** The ranges refused by default, each with what it is. */
    private static final Map<AddressRange, String> INTERNAL = Map.ofEntries(
            Map.entry(AddressRange.parse("0.0.0.0/8"), "this host"),
            Map.entry(AddressRange.parse("127.0.0.0/8"), "loopback"),
            Map.entry(AddressRange.parse("10.0.0.0/8"), "private"),
            Map.entry(AddressRange.parse("172.16.0.0/12"), "private"),
            Map.entry(AddressRange.parse("192.168.0.0/16"), "private"),
            Map.entry(AddressRange.parse("100.64.0.0/10"), "shared address space"),
            Map.entry(AddressRange.parse("169.254.0.0/16"), "link-local, cloud metadata"),
            Map.entry(AddressRange.parse("224.0.0.0/4"), "multicast"),
            Map.entry(AddressRange.parse("255.255.255.255"), "broadcast"),
            Map.entry(AddressRange.parse("::/128"), "this host"),
            Map.entry(AddressRange.parse("::1/128"), "loopback"),
            Map.entry(AddressRange.parse("fc00::/7"), "unique-local"),
            Map.entry(AddressRange.parse("fe80::/10"), "link-local"),
            Map.entry(AddressRange.parse("fec0::/10"), "site-local"),
            Map.entry(AddressRange.parse("ff00::/8"), "multicast"));

    private final List<AddressRange> allowed;
    private final HostResolver resolver;

    WebhookTargets(Settings settings, HostResolver resolver) {
        this.allowed = settings.allowedRanges().stream().filter(range -> !range.isBlank()).map(AddressRange::parse).toList();
        this.resolver = resolver;
    }

    /** Why this URL's host may not receive webhooks now, or empty if every address it resolves to may. */
    Optional<String> refusal(URI url) {
        String host = url.getHost();
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            return Optional.of(host + " does not resolve");
        }
        for (InetAddress address : addresses) {
            Optional<String> range = internalRange(address);
            if (range.isPresent()) {
                return Optional.of(host + " resolves to " + address.getHostAddress() + " (" + range.get()
                        + "), which custodian.webhooks.allowed-ranges does not allow");
            }
        }
        return Optional.empty();
    }

    private Optional<String> internalRange(InetAddress address) {
        if (allowed.stream().anyMatch(range -> range.contains(address))) {
            return Optional.empty();
        }
        return INTERNAL.entrySet().stream().filter(entry -> entry.getKey().contains(address))
                .map(Map.Entry::getValue).findFirst();
    }

    /** {@code custodian.webhooks.allowed-ranges}: CIDR ranges an operator lets webhooks reach although internal. */
    @ConfigurationProperties("custodian.webhooks")
    record Settings(List<String> allowedRanges) {

        Settings {
            allowedRanges = allowedRanges == null ? List.of() : List.copyOf(allowedRanges);
        }
    }
}
