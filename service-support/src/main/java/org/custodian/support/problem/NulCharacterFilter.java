package org.custodian.support.problem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses with 400 {@code NUL_CHARACTER} a request whose JSON body holds a NUL, before any controller or
 * signature check has used it: the body is checked as it is read. Form posts are left to their readers, which
 * check the decoded values, and query parameters to the endpoints, which refuse one naming the parameter.
 */
public class NulCharacterFilter extends OncePerRequestFilter {

    private final ProblemResponses problems;

    public NulCharacterFilter(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(form(request) ? request : new ScannedRequest(request), response);
        } catch (NulCharacterException e) {
            // read by a filter before any controller, so no exception handler saw it
            if (response.isCommitted()) {
                throw e;
            }
            problems.write(response, e.status(), e.code(), e.getMessage());
        }
    }

    private static boolean form(HttpServletRequest request) {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        return type.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE) || type.startsWith("multipart/");
    }

    private static final class ScannedRequest extends HttpServletRequestWrapper {

        ScannedRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            return new ScannedStream(super.getInputStream());
        }
    }

    private static final class ScannedStream extends InspectedInputStream {

        private final NulCharacters scan = new NulCharacters();

        ScannedStream(ServletInputStream in) {
            super(in);
        }

        @Override
        protected void inspect(int b) {
            if (scan.next(b)) {
                throw new NulCharacterException("The request body");
            }
        }
    }
}
