package org.custodian.contracts.vocabulary;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.custodian.contracts.ContractJson;

/**
 * The values the policy knows, read from its own tables ({@code duo.json} and {@code vocabulary.json}
 * beside the Rego, packaged into this jar by the build), as the services show and check them.
 */
public final class Vocabulary {

    private static final String PLACE = "org/custodian/contracts/vocabulary/";
    private static final Vocabulary STANDARD = new Vocabulary(read("duo.json"), read("vocabulary.json"));

    private final TermTable permissions;
    private final TermTable modifiers;
    private final TermTable regimes;
    private final TermTable accessModes;
    private final TermTable countries;

    /** The tables as the Rego reads them: {@code {"duo": …}} and {@code {"vocabulary": …}}. */
    public Vocabulary(JsonNode duoTables, JsonNode vocabularyTables) {
        JsonNode duo = duoTables.path("duo");
        Set<String> permissionNames = new HashSet<>();
        duo.path("permissions").forEach(name -> permissionNames.add(name.asText()));
        List<Term> permissionTerms = new ArrayList<>();
        List<Term> modifierTerms = new ArrayList<>();
        duo.path("terms").fields().forEachRemaining(entry -> (permissionNames.contains(entry.getKey())
                ? permissionTerms : modifierTerms).add(new Term(entry.getValue().asText(), entry.getKey())));
        JsonNode tables = vocabularyTables.path("vocabulary");
        permissions = new TermTable("a DUO data use permission", List.of("permitted_uses", "purpose.codes"), permissionTerms);
        modifiers = new TermTable("a DUO data use modifier", List.of("modifiers"), modifierTerms);
        regimes = table(tables.path("regimes"), "a legal regime the policy enforces", List.of("regimes"));
        accessModes = table(tables.path("access_modes"), "an access mode", List.of("access_modes", "access_mode"));
        countries = table(tables.path("countries"), "an ISO 3166-1 alpha-2 country code (upper case)",
                List.of("home_country", "processing_countries", "processing_country", "country"));
    }

    /** The vocabulary of the policy this build ships. */
    public static Vocabulary standard() {
        return STANDARD;
    }

    /** Every table by the name clients see it under. */
    public Map<String, TermTable> tables() {
        Map<String, TermTable> tables = new LinkedHashMap<>();
        tables.put("duo_permissions", permissions);
        tables.put("duo_modifiers", modifiers);
        tables.put("regimes", regimes);
        tables.put("access_modes", accessModes);
        tables.put("countries", countries);
        return tables;
    }

    /** What is wrong with dataset terms in their wire form; {@code prefix} leads every field named. */
    public List<TermViolation> checkTerms(JsonNode terms, String prefix) {
        List<TermViolation> found = new ArrayList<>();
        checkEach(terms.path("permitted_uses"), prefix + "permitted_uses", permissions, found);
        checkEach(terms.path("modifiers"), prefix + "modifiers", modifiers, found);
        checkEach(terms.path("regimes"), prefix + "regimes", regimes, found);
        checkEach(terms.path("access_modes"), prefix + "access_modes", accessModes, found);
        checkOne(terms.path("home_country"), prefix + "home_country", countries, found);
        checkEach(terms.path("processing_countries"), prefix + "processing_countries", countries, found);
        return found;
    }

    /**
     * What is wrong with a request in its wire form (DESIGN §5's {@code request}); its fields are checked
     * against {@code offeredFields} unless that is null (the datasets' fields are not known).
     */
    public List<TermViolation> checkRequest(JsonNode request, String prefix, Set<String> offeredFields) {
        List<TermViolation> found = new ArrayList<>();
        checkEach(request.path("purpose").path("codes"), prefix + "purpose.codes", permissions, found);
        checkOne(request.path("processing_country"), prefix + "processing_country", countries, found);
        checkOne(request.path("access_mode"), prefix + "access_mode", accessModes, found);
        if (offeredFields != null) {
            TermTable offered = new TermTable("a field of the requested datasets", List.of("fields"),
                    offeredFields.stream().sorted().map(field -> new Term(field, field)).toList());
            checkEach(request.path("fields"), prefix + "fields", offered, found);
        }
        return found;
    }

    /** What is wrong with a researcher's profile in its wire form: the country of their institution. */
    public List<TermViolation> checkResearcher(JsonNode researcher, String prefix) {
        List<TermViolation> found = new ArrayList<>();
        checkOne(researcher.path("country"), prefix + "country", countries, found);
        return found;
    }

    private static void checkEach(JsonNode values, String field, TermTable table, List<TermViolation> found) {
        if (!values.isArray()) {
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            checkOne(values.get(i), field + "[" + i + "]", table, found);
        }
    }

    private static void checkOne(JsonNode value, String field, TermTable table, List<TermViolation> found) {
        if (value.isMissingNode() || value.isNull()) {
            return;
        }
        if (!value.isTextual() || !table.knows(value.asText())) {
            found.add(new TermViolation(field, value.isTextual() ? value.asText() : value.toString(), table.kind(),
                    table.codes()));
        }
    }

    private static TermTable table(JsonNode table, String kind, List<String> fields) {
        List<Term> terms = new ArrayList<>();
        table.path("terms").fields().forEachRemaining(entry -> terms.add(new Term(entry.getKey(), entry.getValue().asText())));
        return new TermTable(kind, fields, terms);
    }

    private static JsonNode read(String name) {
        try (InputStream in = Vocabulary.class.getClassLoader().getResourceAsStream(PLACE + name)) {
            if (in == null) {
                throw new IllegalStateException("No " + PLACE + name + " on the classpath");
            }
            return ContractJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
