package org.custodian.request.researcher;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.custodian.contracts.catalog.ResearcherCredentialsChanged;
import org.custodian.contracts.catalog.ResearcherRegistered;
import org.custodian.request.config.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Registered researchers as a table, kept in step with researcher events. */
@Component
@ProcessingGroup("researcher-directory")
public class ResearcherDirectory {

    /** What an erased researcher's name reads, as in audit-service's views. */
    public static final String ERASED = "[erased]";

    private final JdbcClient jdbc;
    private final ObjectMapper mapper;

    ResearcherDirectory(JdbcClient jdbc, ObjectMapper mapper) {
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    @EventHandler
    void on(ResearcherRegistered event, @Timestamp Instant at) throws JsonProcessingException {
        jdbc.sql("""
                INSERT INTO researcher (id, name, institution, country, credentials, registered_at, slack_user_id)
                VALUES (?, ?, ?, ?, ?::jsonb, ?, ?)""")
                .params(event.researcherId(), event.name(), event.institution(), event.country(),
                        mapper.writeValueAsString(event), java.sql.Timestamp.from(at), event.slackUserId())
                .update();
    }

    @EventHandler
    void on(ResearcherCredentialsChanged event) throws JsonProcessingException {
        ResearcherRegistered current = find(event.researcherId()).orElseThrow();
        ResearcherRegistered next = new ResearcherRegistered(event.researcherId(), current.name(), event.institution(),
                event.country(), event.forProfit(), event.vetted(), event.dsaSigned(), event.dpfCertified(),
                event.schoolOfficial(), event.irbApprovals(), event.dsa(), event.slackUserId());
        jdbc.sql("""
                UPDATE researcher SET institution = ?, country = ?, credentials = ?::jsonb, active = ?, slack_user_id = ?
                WHERE id = ?""")
                .params(event.institution(), event.country(), mapper.writeValueAsString(next), event.active(),
                        event.slackUserId(), event.researcherId())
                .update();
    }

    /** The name and chat id go; the credentials stay (the policy and reviewers' conflict checks need them). */
    @EventHandler
    void on(PersonalDataForgotten event) throws JsonProcessingException {
        ResearcherRegistered current = find(event.researcherId()).orElseThrow();
        ResearcherRegistered scrubbed = new ResearcherRegistered(current.researcherId(), ERASED, current.institution(),
                current.country(), current.forProfit(), current.vetted(), current.dsaSigned(), current.dpfCertified(),
                current.schoolOfficial(), current.irbApprovals(), current.dsa(), null);
        jdbc.sql("UPDATE researcher SET name = ?, slack_user_id = NULL, credentials = ?::jsonb WHERE id = ?")
                .params(ERASED, mapper.writeValueAsString(scrubbed), event.researcherId())
                .update();
    }

    /** Whether the researcher is still with their institution (not offboarded). */
    public boolean active(String id) {
        return jdbc.sql("SELECT active FROM researcher WHERE id = ?").param(id).query(Boolean.class).optional().orElse(false);
    }

    public Optional<ResearcherRegistered> find(String id) {
        return jdbc.sql("SELECT credentials FROM researcher WHERE id = ?").param(id).query(this::profile).optional();
    }

    /** One page of the directory in id order, optionally of one institution. */
    List<ResearcherRegistered> page(Paging paging, String institution) {
        return jdbc.sql("""
                SELECT credentials FROM researcher WHERE id > ? AND (?::text IS NULL OR institution = ?)
                ORDER BY id LIMIT ?""")
                .params(paging.after(), institution, institution, paging.fetch()).query(this::profile).list();
    }

    private ResearcherRegistered profile(ResultSet row, int rowNumber) throws SQLException {
        try {
            return mapper.readValue(row.getString("credentials"), ResearcherRegistered.class);
        } catch (JsonProcessingException e) {
            throw new SQLException("Unreadable researcher profile", e);
        }
    }
}
