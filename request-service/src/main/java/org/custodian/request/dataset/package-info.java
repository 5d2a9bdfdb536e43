/** The dataset catalog (the "data menu"): datasets, their governance terms and review committees. */
package org.custodian.request.dataset;
