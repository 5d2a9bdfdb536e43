/** What the policy knows of the catalog: dataset terms, researcher credentials and the consent held, projected from catalog events. */
package org.custodian.policy.catalog;
