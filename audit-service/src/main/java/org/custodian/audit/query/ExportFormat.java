package org.custodian.audit.query;

import java.util.List;
import org.custodian.support.problem.RuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/** What {@code Accept} asks of {@code GET /api/audit/entries}: a JSON page, or a streamed JSON Lines or CSV export. */
enum ExportFormat {
    JSON_PAGE(MediaType.APPLICATION_JSON, null),
    JSON_LINES(MediaType.parseMediaType("application/x-ndjson"), "audit-entries.jsonl"),
    CSV(MediaType.parseMediaType("text/csv;charset=UTF-8"), "audit-entries.csv");

    private static final MediaType JSONL = MediaType.parseMediaType("application/jsonl");

    private final MediaType mediaType;
    private final String fileName;

    ExportFormat(MediaType mediaType, String fileName) {
        this.mediaType = mediaType;
        this.fileName = fileName;
    }

    MediaType mediaType() {
        return mediaType;
    }

    String fileName() {
        return fileName;
    }

    /** The first acceptable format in the client's order of preference; JSON for none or a wildcard. */
    static ExportFormat negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return JSON_PAGE;
        }
        List<MediaType> wanted;
        try {
            wanted = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            throw notAcceptable();
        }
        MediaType.sortBySpecificityAndQuality(wanted);
        for (MediaType type : wanted) {
            if (type.getQualityValue() == 0) {
                continue;
            }
            if (type.equalsTypeAndSubtype(JSON_LINES.mediaType) || type.equalsTypeAndSubtype(JSONL)) {
                return JSON_LINES;
            }
            if (type.equalsTypeAndSubtype(CSV.mediaType)) {
                return CSV;
            }
            if (type.includes(MediaType.APPLICATION_JSON)) {
                return JSON_PAGE;
            }
        }
        throw notAcceptable();
    }

    private static RuleViolation notAcceptable() {
        return new RuleViolation(HttpStatus.NOT_ACCEPTABLE, "NOT_ACCEPTABLE",
                "Entries are served as application/json, application/x-ndjson or text/csv.");
    }
}
