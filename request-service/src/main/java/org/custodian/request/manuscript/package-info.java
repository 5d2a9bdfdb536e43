/**
 * Manuscript review: researchers submit manuscripts written from their releases, and the datasets'
 * publication review (approval, notify, none) decides who may approve them and when silence counts
 * as approval.
 */
package org.custodian.request.manuscript;
