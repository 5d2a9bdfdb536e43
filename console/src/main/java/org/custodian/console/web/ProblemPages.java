package org.custodian.console.web;

import jakarta.servlet.http.HttpServletResponse;
import org.custodian.console.api.ServiceProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** A refusal or a failure as a page: the service's message, its code, and what to do next; never a stack trace. */
@ControllerAdvice
class ProblemPages {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemPages.class);

    private final Frame frame;

    ProblemPages(Frame frame) {
        this.frame = frame;
    }

    @ExceptionHandler(ServiceProblem.class)
    String problem(ServiceProblem problem, Model model, HttpServletResponse response) {
        frame.frame(model);
        response.setStatus(problem.status());
        return page(model, problem.status(), problem.title(), problem.getMessage(), problem.code());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    String missing(Model model, HttpServletResponse response) {
        frame.frame(model);
        response.setStatus(404);
        return page(model, 404, "Not found", "There is no such page in the console.", null);
    }

    @ExceptionHandler(BindException.class)
    String unreadableForm(BindException e, Model model, HttpServletResponse response) {
        frame.frame(model);
        response.setStatus(400);
        String fields = String.join(", ", e.getFieldErrors().stream().map(FieldError::getField).distinct().toList());
        return page(model, 400, "The form could not be read", "These fields hold a value of the wrong kind: " + fields + ".",
                "UNREADABLE_FORM");
    }

    @ExceptionHandler(Exception.class)
    String failure(Exception e, Model model, HttpServletResponse response) {
        frame.frame(model);
        LOG.error("Page failed", e);
        response.setStatus(500);
        return page(model, 500, "Something went wrong", "The console could not show this page.", "CONSOLE_FAILURE");
    }

    static String page(Model model, int status, String title, String detail, String code) {
        model.addAttribute("status", status);
        model.addAttribute("title", title);
        model.addAttribute("detail", detail);
        model.addAttribute("code", code);
        model.addAttribute("next", nextStep(status));
        return "problem";
    }

    static String nextStep(int status) {
        return switch (status) {
            case 400, 422 -> "Correct what the message names and try again.";
            case 401 -> "Your sign-in has expired: sign in again.";
            case 403 -> "Your roles do not allow this. Ask a steward or an administrator if you need it.";
            case 404 -> "Check the identifier. Things you may not see are answered as not found, too.";
            case 409 -> "Someone changed this meanwhile: reload the page and try again.";
            case 502, 503, 504 -> "A service is not answering. Try again in a minute.";
            default -> "Try again; if it happens again, tell your administrator the time and the code above.";
        };
    }
}
