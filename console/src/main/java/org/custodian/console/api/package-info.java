/**
 * The four services' public HTTP APIs as the console calls them: always with the signed-in person's token, so the
 * console sees exactly what that person may see; a refusal arrives as a {@link org.custodian.console.api.ServiceProblem}.
 */
package org.custodian.console.api;
