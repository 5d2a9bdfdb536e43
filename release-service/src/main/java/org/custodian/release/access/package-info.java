/** Uses of released data, reported over HTTP or the inbound topic, each recorded as allowed or as a violation. */
package org.custodian.release.access;
