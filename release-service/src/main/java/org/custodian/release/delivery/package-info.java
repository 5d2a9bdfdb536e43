/** Standing arrangements: a steward's delivery schedule for a release, and the next delivery it names. */
package org.custodian.release.delivery;
