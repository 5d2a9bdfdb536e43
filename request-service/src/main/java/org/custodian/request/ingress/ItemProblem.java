package org.custodian.request.ingress;

/** What is wrong with one event of a post: its position, its id if it had one, a stable code and why. */
record ItemProblem(int index, String id, String code, String detail) {
}
