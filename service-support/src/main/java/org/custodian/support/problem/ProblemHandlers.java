package org.custodian.support.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Turns rule violations, unreadable bodies and invalid fields into problem details naming what is wrong. */
@RestControllerAdvice
public class ProblemHandlers extends ResponseEntityExceptionHandler {

    private static final PropertyNamingStrategies.NamingBase SNAKE_CASE =
            (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;

    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<ProblemDetail> ruleViolation(RuleViolation violation) {
        ProblemDetail problem = Problems.of(violation.status(), violation.code(), violation.getMessage());
        violation.properties().forEach(problem::setProperty);
        return ResponseEntity.status(violation.status()).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
        if (cause instanceof RuleViolation violation) {
            return ResponseEntity.status(violation.status())
                    .body(Problems.of(violation.status(), violation.code(), violation.getMessage()));
        }
        return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, "MALFORMED_BODY", unreadable(cause)));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", wireName(error.getField()), "message", String.valueOf(error.getDefaultMessage())))
                .toList();
        String fields = errors.stream().map(error -> error.get("field")).distinct().collect(Collectors.joining(", "));
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "INVALID_FIELDS", "Invalid fields: " + fields + ".");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    /** The field as clients write it: bodies are snake_case on the wire, binding names are Java's. */
    static String wireName(String field) {
        return Arrays.stream(field.split("\\.", -1))
                .map(segment -> SNAKE_CASE.translate(segment.replaceAll("\\[.*", "")) + segment.replaceAll("^[^\\[]*", ""))
                .collect(Collectors.joining("."));
    }

    private static String unreadable(Throwable cause) {
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return "Unknown field '" + unknown.getPropertyName() + "'.";
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return "Field '" + path(mapping) + "' has the wrong type or value.";
        }
        return "The request body is not valid JSON.";
    }

    private static String path(JsonMappingException mapping) {
        return mapping.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }
}
