/**
 * Vote deadlines of committee reviews: each review has a deadline (a default window, or a shorter
 * one per dataset); reviewers who have not voted are reminded once before it, and when it passes
 * the review is marked stalled for stewards, who are told in chat. Durable: the schedule is a table
 * swept on the injected clock, so a restart neither loses nor repeats a reminder.
 */
package org.custodian.request.chatops.deadline;
