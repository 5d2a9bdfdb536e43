package org.custodian.request.config;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.custodian.support.problem.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Datasets, researchers, requests and manuscripts share one event store, so an id taken by one kind
 * cannot name another. Whatever endpoint creates the second, Axon refuses to start its stream and the
 * transaction rolls back; the caller learns which id is taken, not that Axon said so.
 */
@RestControllerAdvice
class IdCollisions {

    static final String CODE = "ID_IN_USE";
    private static final Pattern IDENTIFIER = Pattern.compile("aggregate identifier \\[(.*?)] to create");
    private static final int SHOWN = 64;

    /** The JDBC store reports the collision as a plain store failure: only its message tells them apart. */
    @ExceptionHandler({AggregateStreamCreationException.class, EventStoreException.class})
    ResponseEntity<ProblemDetail> taken(RuntimeException failure) {
        Matcher found = IDENTIFIER.matcher(String.valueOf(failure.getMessage()));
        if (!found.find()) {
            throw failure;
        }
        String id = found.group(1);
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Problems.of(HttpStatus.CONFLICT, CODE, "The id "
                + (id.length() > SHOWN ? id.substring(0, SHOWN) + "…" : id) + " is already in use; choose another."));
    }
}
