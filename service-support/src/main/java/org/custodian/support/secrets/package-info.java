/** Secrets kept in a database only sealed: envelope encryption under a key-encryption key held outside it. */
package org.custodian.support.secrets;
