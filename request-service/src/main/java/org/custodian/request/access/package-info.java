/** Access requests: submitted by researchers, judged by the policy, approved or rejected. */
package org.custodian.request.access;
