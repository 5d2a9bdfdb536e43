package org.custodian.request.ingress;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What is wrong with one event of a post: its position, its id if it had one, a stable code and why;
 * for a reference Custodian does not know, the data field that holds it and its value.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ItemProblem(int index, String id, String code, String detail, String field, String value) {

    ItemProblem(int index, String id, String code, String detail) {
        this(index, id, code, detail, null, null);
    }
}
