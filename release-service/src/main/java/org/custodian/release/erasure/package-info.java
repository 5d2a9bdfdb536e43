/** Erasure of released data: researchers certify it, stewards ask for evidence of it. */
package org.custodian.release.erasure;
