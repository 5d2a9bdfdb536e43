/** The policy engine: the compiled Rego evaluated in-process as WebAssembly, or in an OPA server, behind one interface. */
package org.custodian.policy.engine;
