package org.custodian.request.subscription;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Every address a host name has; {@link InetAddress#getAllByName} in production. */
@FunctionalInterface
interface HostResolver {

    InetAddress[] resolve(String host) throws UnknownHostException;
}
