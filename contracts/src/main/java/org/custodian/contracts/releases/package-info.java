/** Events of releases: data handed to a researcher under obligations. */
package org.custodian.contracts.releases;
