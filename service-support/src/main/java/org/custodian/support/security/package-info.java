/** Who is calling: bearer JWTs with a {@code roles} claim, refused as problem details when absent or insufficient. */
package org.custodian.support.security;
