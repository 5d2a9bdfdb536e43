/** The console: one package per person it serves (compliance, researcher, reviewer, steward), plus sign-in, the service clients and the page frame. */
package org.custodian.console;
