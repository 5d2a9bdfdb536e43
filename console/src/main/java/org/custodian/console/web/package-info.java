/** The frame of every page: who is signed in, the home page by role, and errors rendered as pages a person understands. */
package org.custodian.console.web;
