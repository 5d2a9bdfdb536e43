/** Personal data in the immutable log: encrypted per person on the way in, revealed or shown as erased on the way out, and erased by destroying the key. */
package org.custodian.audit.personal;
