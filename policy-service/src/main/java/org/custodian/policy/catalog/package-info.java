/** What the policy knows of the catalog: dataset terms and researcher credentials, projected from catalog events. */
package org.custodian.policy.catalog;
