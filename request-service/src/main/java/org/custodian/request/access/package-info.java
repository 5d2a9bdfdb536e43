/** Access requests: submitted by researchers, judged by the policy and, when it asks, by a review panel. */
package org.custodian.request.access;
