package org.custodian.console.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** The policy's vocabulary ({@code GET /api/vocabulary}) as choices for a form: each table's terms, code and label. */
public record Vocabulary(List<Choice> permissions, List<Choice> modifiers, List<Choice> regimes, List<Choice> accessModes,
                         List<Choice> countries) {

    /** One value a form offers. */
    public record Choice(String code, String label) {
    }

    public static Vocabulary of(ServiceApis services) {
        JsonNode tables = services.request().get("/api/vocabulary");
        return new Vocabulary(choices(tables, "duo_permissions"), choices(tables, "duo_modifiers"), choices(tables, "regimes"),
                choices(tables, "access_modes"), choices(tables, "countries"));
    }

    private static List<Choice> choices(JsonNode tables, String table) {
        List<Choice> choices = new ArrayList<>();
        tables.path(table).path("terms").forEach(term -> choices.add(new Choice(term.path("code").asText(), term.path("label").asText())));
        return choices;
    }
}
