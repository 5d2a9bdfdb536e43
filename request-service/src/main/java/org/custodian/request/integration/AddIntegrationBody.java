package org.custodian.request.integration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** What an admin posts to add an integration: the name it will sign and be credited under. */
record AddIntegrationBody(@NotNull @Pattern(regexp = "[A-Za-z0-9-]{1,64}") String name) {
}
