/**
 * The dataset catalog (the "data menu"): datasets, their versioned governance terms, search, review
 * committees, and the consent records held for each dataset.
 */
package org.custodian.request.dataset;
