/** Revocation: a steward withdraws a release before it expires, and later uses become violations. */
package org.custodian.release.revocation;
