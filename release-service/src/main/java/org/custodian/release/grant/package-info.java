/** Signed grants: each release as a JWT that data platforms can check offline against the published key set. */
package org.custodian.release.grant;
