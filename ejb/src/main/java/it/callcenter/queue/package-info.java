/**
 * The queue: "next customer" (dispatch with a lease, in one statement with {@code FOR UPDATE SKIP LOCKED}, the
 * compliance rule and the calling windows checked at that moment), outcomes with their retry and callback rules,
 * and what each operator is doing for the supervisor's board. After the fill, every write to a campaign's entries
 * is this area's.
 */
package it.callcenter.queue;
