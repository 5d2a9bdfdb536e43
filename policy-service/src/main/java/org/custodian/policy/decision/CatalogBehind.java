package org.custodian.policy.decision;

/**
 * A fresh submission names a researcher or dataset the catalog projection has not seen yet; the binding
 * retries it (application.yml names this class), never dead-letters it while the patience lasts.
 */
class CatalogBehind extends RuntimeException {

    CatalogBehind(String message) {
        super(message);
    }
}
