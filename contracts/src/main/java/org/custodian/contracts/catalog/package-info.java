/** Events of the catalog: datasets with their governance terms, researchers with their credentials. */
package org.custodian.contracts.catalog;
