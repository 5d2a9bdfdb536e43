package org.custodian.console.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/** Errors outside any page (a role missing, a request the container refused) as the same problem page. */
@Controller
class ErrorPage implements ErrorController {

    @RequestMapping("/error")
    String error(HttpServletRequest request, Model model) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value ? value : 500;
        HttpStatus known = HttpStatus.resolve(status);
        String detail = status == 403 ? "This page is for another role than yours, or the form had expired (reload it and send it again)."
                : "The console could not answer this request.";
        return ProblemPages.page(model, status, known == null ? "Error" : known.getReasonPhrase(), detail, null);
    }
}
