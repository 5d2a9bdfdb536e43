package org.custodian.console.compliance;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.custodian.console.api.ServiceApi;
import org.custodian.console.api.ServiceApis;
import org.custodian.console.api.ServiceProblem;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The transparency report of a chosen period: each table with its chart and its CSV, the CSV passed through from audit-service. */
@Controller
class TransparencyPages {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv");

    private final ServiceApis services;

    TransparencyPages(ServiceApis services) {
        this.services = services;
    }

    @GetMapping("/compliance/transparency")
    String report(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
        Map<String, String> period = period(from, to);
        model.addAttribute("from", period.get("from"));
        model.addAttribute("to", period.get("to"));
        JsonNode report = services.audit().get(template("/api/reports/transparency", period), period);
        model.addAttribute("report", report);
        model.addAttribute("tables", ReportTables.of(report));
        return "compliance/transparency";
    }

    @GetMapping("/compliance/transparency/{table}.csv")
    void csv(@PathVariable String table, @RequestParam(required = false) String from, @RequestParam(required = false) String to,
             HttpServletResponse response) throws IOException {
        if (!ReportTables.NAMES.contains(table)) {
            throw new ServiceProblem(404, "Not found", "REPORT_TABLE_NOT_FOUND",
                    "The transparency report has no table " + table + "; its tables are " + ReportTables.NAMES + ".", Map.of());
        }
        ServiceApi audit = services.audit();
        Map<String, String> period = period(from, to);
        audit.stream(template("/api/reports/transparency/" + table + ".csv", period), period, CSV, audit.bearer(), body -> {
            response.setContentType("text/csv;charset=UTF-8");
            response.setHeader("Content-Disposition",
                    ContentDisposition.attachment().filename("transparency-" + table + ".csv").build().toString());
            body.transferTo(response.getOutputStream());
        });
    }

    private static Map<String, String> period(String from, String to) {
        Map<String, String> period = new LinkedHashMap<>();
        if (from != null && !from.isBlank()) {
            period.put("from", from.strip());
        }
        if (to != null && !to.isBlank()) {
            period.put("to", to.strip());
        }
        return period;
    }

    private static String template(String path, Map<String, String> period) {
        StringBuilder uri = new StringBuilder(path);
        period.keySet().forEach(name -> uri.append(uri.indexOf("?") < 0 ? '?' : '&').append(name).append("={").append(name).append('}'));
        return uri.toString();
    }
}
