/** release-service: releases of data for approved requests, under obligations (DESIGN §3). */
package org.custodian.release;
