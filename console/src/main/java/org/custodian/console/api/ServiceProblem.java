package org.custodian.console.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** A service's RFC 9457 problem detail: the status, its stable code, the message and any per-field errors. */
public class ServiceProblem extends RuntimeException {

    private final int status;
    private final String title;
    private final String code;
    private final Map<String, String> fieldErrors;

    public ServiceProblem(int status, String title, String code, String detail, Map<String, String> fieldErrors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.code = code;
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    static ServiceProblem of(int status, JsonNode problem) {
        Map<String, String> errors = new LinkedHashMap<>();
        problem.path("errors").forEach(error -> errors.putIfAbsent(
                error.path("field").asText(error.path("path").asText("")),
                error.path("message").asText(error.path("detail").asText(""))));
        String detail = problem.path("detail").asText("The service gave no reason.");
        return new ServiceProblem(status, problem.path("title").asText("Refused"), problem.path("code").asText(null), detail, errors);
    }

    /**
     * This problem, to show beside the form that caused it; one the person cannot fix by changing the form
     * (a missing object, a failing service) is thrown on, to become a page of its own.
     */
    public ServiceProblem forForm() {
        if (status >= 500 || status == 404) {
            throw this;
        }
        return this;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String code() {
        return code;
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
