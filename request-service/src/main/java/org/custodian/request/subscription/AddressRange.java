package org.custodian.request.subscription;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** An IPv4 or IPv6 range in CIDR notation ({@code 127.0.0.0/8}, {@code fd00::/8}); a bare address is a range of one. */
record AddressRange(byte[] network, int prefix) {

    static AddressRange parse(String cidr) {
        String[] parts = cidr.trim().split("/", 2);
        if (!parts[0].matches("[0-9a-fA-F:.]+")) {
            throw new IllegalArgumentException("Not an IP range: " + cidr);
        }
        try {
            byte[] network = InetAddress.getByName(parts[0]).getAddress(); // a literal: no lookup
            int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : network.length * 8;
            if (prefix < 0 || prefix > network.length * 8) {
                throw new IllegalArgumentException("Prefix out of range: " + cidr);
            }
            return new AddressRange(network, prefix);
        } catch (UnknownHostException | NumberFormatException e) {
            throw new IllegalArgumentException("Not an IP range: " + cidr, e);
        }
    }

    boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length != network.length) {
            return false;
        }
        int whole = prefix / 8;
        for (int i = 0; i < whole; i++) {
            if (bytes[i] != network[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        int mask = (0xff << (8 - rest)) & 0xff;
        return rest == 0 || (bytes[whole] & mask) == (network[whole] & mask);
    }
}
