package org.custodian.request.researcher;

import java.sql.Timestamp;
import java.time.Instant;
import org.custodian.support.problem.RuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The people whose personal data was erased: nothing that names them or reaches them in chat is recorded again. */
@Component
public class ErasedPeople {

    private final JdbcClient jdbc;

    ErasedPeople(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(String personId, String eventId, Instant erasedAt, Instant now) {
        jdbc.sql("""
                INSERT INTO erased_person (person_id, event_id, erased_at, recorded_at) VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING""")
                .params(personId, eventId, Timestamp.from(erasedAt), Timestamp.from(now)).update();
    }

    public boolean erased(String personId) {
        return jdbc.sql("SELECT 1 FROM erased_person WHERE person_id = ?").param(personId).query(Integer.class)
                .optional().isPresent();
    }

    /** 409 {@code PERSON_ERASED} when {@code what} would record personal data about an erased person. */
    public void refuseIfErased(String personId, String what) {
        if (erased(personId)) {
            throw new RuleViolation(HttpStatus.CONFLICT, "PERSON_ERASED",
                    "The personal data of " + personId + " was erased; " + what + " cannot be recorded for them.");
        }
    }
}
