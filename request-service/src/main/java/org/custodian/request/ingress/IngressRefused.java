package org.custodian.request.ingress;

import java.util.List;
import java.util.Map;
import org.custodian.support.problem.RuleViolation;
import org.springframework.http.HttpStatus;

/** A post was refused as a whole; the problem lists what is wrong with each event. */
class IngressRefused extends RuleViolation {

    private final List<ItemProblem> problems;

    IngressRefused(HttpStatus status, String code, List<ItemProblem> problems) {
        super(status, code, summary(problems));
        this.problems = List.copyOf(problems);
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("errors", problems);
    }

    private static String summary(List<ItemProblem> problems) {
        ItemProblem first = problems.get(0);
        String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "";
        return "Event " + first.index() + ": " + first.detail() + more;
    }
}
