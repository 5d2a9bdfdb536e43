/** Reading the log over HTTP: entries filtered by subject and type, paged by a sequence cursor. */
package org.custodian.audit.query;
