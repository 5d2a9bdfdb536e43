/** Erasing a person's personal data from the immutable log by destroying their key, and recording the erasure in the log. */
package org.custodian.audit.erasure;
