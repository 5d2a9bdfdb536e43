package org.custodian.support.problem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses bodies over the limit: at once when Content-Length says so, else when reading passes it.
 * A batch (a path ending in {@code :batch}, a custom method carrying many items) has a limit of its own.
 */
public class BodySizeLimitFilter extends OncePerRequestFilter {

    private final long singleLimit;
    private final long batchLimit;
    private final ProblemResponses problems;

    public BodySizeLimitFilter(long limit, long batchLimit, ProblemResponses problems) {
        this.singleLimit = limit;
        this.batchLimit = batchLimit;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = request.getRequestURI().endsWith(":batch") ? batchLimit : singleLimit;
        if (request.getContentLengthLong() > limit) {
            problems.write(response, HttpStatus.PAYLOAD_TOO_LARGE, "BODY_TOO_LARGE",
                    "The request body is larger than " + limit + " bytes.");
            return;
        }
        try {
            chain.doFilter(new LimitedRequest(request, limit), response);
        } catch (BodyTooLargeException e) {
            // read by a filter before any controller, so no exception handler saw it
            if (response.isCommitted()) {
                throw e;
            }
            problems.write(response, HttpStatus.PAYLOAD_TOO_LARGE, e.code(), e.getMessage());
        }
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long limit;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            return new LimitedStream(super.getInputStream(), limit);
        }
    }

    private static final class LimitedStream extends InspectedInputStream {

        private final long limit;
        private long read;

        LimitedStream(ServletInputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        protected void inspect(int b) {
            if (++read > limit) {
                throw new BodyTooLargeException(limit);
            }
        }
    }
}
