package org.custodian.policy.decision;

import java.util.List;
import org.custodian.contracts.decisions.DecisionMade;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The decisions made on a request, oldest first. */
@RestController
@RequestMapping("/api/decisions")
class DecisionController {

    private final DecisionBook book;

    DecisionController(DecisionBook book) {
        this.book = book;
    }

    @GetMapping
    List<DecisionMade> forRequest(@RequestParam("request") String requestId) {
        return book.forRequest(requestId);
    }
}
