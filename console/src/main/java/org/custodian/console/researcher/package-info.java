/** The researcher's pages: a request drafted, asked "would this be approved?", submitted and followed; their releases and erase-by dates. */
package org.custodian.console.researcher;
