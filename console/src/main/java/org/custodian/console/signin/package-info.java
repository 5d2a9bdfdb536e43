/**
 * Who is signed in and the token the console calls the services with: OpenID Connect in production (roles from a
 * configurable claim), or, in the local profile only, a development sign-in that mints a token with the platform's key.
 */
package org.custodian.console.signin;
