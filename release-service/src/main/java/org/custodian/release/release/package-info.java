/** Releases: issued once per approved request whose decision allowed it, with an erase-by date. */
package org.custodian.release.release;
