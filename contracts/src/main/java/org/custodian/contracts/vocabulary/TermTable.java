package org.custodian.contracts.vocabulary;

import java.util.List;

/**
 * The values one kind of term may take, the sentence that names the kind, and the fields (as clients
 * write them) that hold it.
 */
public record TermTable(String kind, List<String> fields, List<Term> terms) {

    public TermTable {
        fields = List.copyOf(fields);
        terms = List.copyOf(terms);
    }

    public boolean knows(String value) {
        return terms.stream().anyMatch(term -> term.code().equals(value));
    }

    public List<String> codes() {
        return terms.stream().map(Term::code).toList();
    }
}
