/** The dataset catalog (the "data menu"): datasets and their governance terms. */
package org.custodian.request.dataset;
