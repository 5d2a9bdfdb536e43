package org.custodian.policy.config;

import org.custodian.support.problem.Problems;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Every problem this service answers carries a {@code code}: a missing or unreadable query parameter is
 * named, and any other problem Spring writes without one (unknown path, wrong method or media type) gets
 * its status as the code, such as {@code METHOD_NOT_ALLOWED}.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemCodes implements ResponseBodyAdvice<Object> {

    static final String MISSING_PARAMETER = "MISSING_PARAMETER";
    static final String INVALID_PARAMETER = "INVALID_PARAMETER";

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e) {
        return parameterProblem(MISSING_PARAMETER, e.getParameterName(),
                "The query parameter '" + e.getParameterName() + "' is required.");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> unreadable(MethodArgumentTypeMismatchException e) {
        return parameterProblem(INVALID_PARAMETER, e.getName(), "The parameter '" + e.getName() + "' has the wrong type.");
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request, ServerHttpResponse response) {
        if (body instanceof ProblemDetail problem
                && (problem.getProperties() == null || !problem.getProperties().containsKey("code"))) {
            problem.setProperty("code", statusCode(problem.getStatus()));
        }
        return body;
    }

    private static ResponseEntity<ProblemDetail> parameterProblem(String code, String parameter, String detail) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, code, detail);
        problem.setProperty("parameter", parameter);
        return ResponseEntity.badRequest().body(problem);
    }

    private static String statusCode(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return known != null ? known.name() : "HTTP_" + status;
    }
}
