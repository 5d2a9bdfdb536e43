package org.custodian.audit.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code GET /api/audit/entries}: the log, filtered, in JSON pages of at most 1000; or, with
 * {@code Accept: application/x-ndjson} or {@code text/csv}, every match streamed as an export.
 */
@RestController
class EntryController {

    private final EntryFinder finder;
    private final EntryExport export;
    private final ObjectMapper json;

    EntryController(EntryFinder finder, EntryExport export, ObjectMapper json) {
        this.finder = finder;
        this.export = export;
        this.json = json;
    }

    // Parameters arrive as text so that a bad one is refused with the service's own problem code.
    @GetMapping("/api/audit/entries")
    ResponseEntity<StreamingResponseBody> entries(@RequestParam(required = false) String subject, @RequestParam(required = false) String type,
                              @RequestParam(required = false) String dataset, @RequestParam(required = false) String researcher,
                              @RequestParam(required = false) String actor,
                              @RequestParam(name = "on_behalf_of", required = false) String onBehalfOf,
                              @RequestParam(required = false) String from,
                              @RequestParam(required = false) String to, @RequestParam(required = false) String after,
                              @RequestParam(required = false) String limit,
                              @RequestHeader(value = "Accept", required = false) String accept)
            throws JsonProcessingException {
        ExportFormat format = ExportFormat.negotiate(accept);
        EntryQuery.Filters filters = new EntryQuery.Filters(subject, type, dataset, researcher, actor, onBehalfOf, from, to);
        EntryQuery query = EntryQuery.parse(filters, after, limit, format != ExportFormat.JSON_PAGE);
        if (format == ExportFormat.JSON_PAGE) {
            // Read and rendered here, so that a failure is still an error response; Spring streams only
            // a ResponseEntity declared with a StreamingResponseBody, hence one return type for both.
            byte[] page = json.writeValueAsBytes(finder.find(query));
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(out -> out.write(page));
        }
        StreamingResponseBody body = out -> export.write(query, format, out);
        return ResponseEntity.ok().contentType(format.mediaType())
                .header("Content-Disposition", ContentDisposition.attachment().filename(format.fileName()).build().toString())
                .body(body);
    }
}
