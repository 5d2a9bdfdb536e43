package org.custodian.request.subscription;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.custodian.support.secrets.SealedColumn;
import org.custodian.support.secrets.SealedStore;
import org.custodian.support.secrets.SecretSeal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The subscriptions table, and each subscription's signing secret, stored sealed. */
@Component
class Subscriptions implements SealedStore {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final ObjectMapper mapper;
    private final SealedColumn secrets;

    Subscriptions(JdbcClient jdbc, ObjectMapper mapper, SecretSeal seal) {
        this.jdbc = jdbc;
        this.mapper = mapper;
        this.secrets = new SealedColumn(jdbc, seal, "webhook_subscription", "id", "sealed_secret");
    }

    void add(Subscription subscription, String secret) {
        jdbc.sql("""
                INSERT INTO webhook_subscription (id, url, event_types, sealed_secret, owner, created_at)
                VALUES (?, ?, ?::jsonb, ?, ?, ?)""")
                .params(subscription.id(), subscription.url(), json(subscription.eventTypes()), secrets.seal(secret),
                        subscription.owner(), Timestamp.from(subscription.createdAt()))
                .update();
    }

    List<Subscription> active() {
        return jdbc.sql("SELECT * FROM webhook_subscription WHERE active ORDER BY created_at").query(this::row).list();
    }

    List<Subscription> all() {
        return jdbc.sql("SELECT * FROM webhook_subscription ORDER BY created_at").query(this::row).list();
    }

    Optional<Subscription> find(String id) {
        return jdbc.sql("SELECT * FROM webhook_subscription WHERE id = ?").param(id).query(this::row).optional();
    }

    String secret(String id) {
        return secrets.open(jdbc.sql("SELECT sealed_secret FROM webhook_subscription WHERE id = ?").param(id)
                .query(String.class).single());
    }

    @Override
    public String what() {
        return "webhook secrets";
    }

    @Override
    public int sealStored() {
        return secrets.sealStored();
    }

    /** True if the subscription was disabled and is active now. */
    boolean enable(String id) {
        return jdbc.sql("UPDATE webhook_subscription SET active = true, disabled_reason = NULL WHERE id = ? AND NOT active")
                .param(id).update() == 1;
    }

    void disable(String id, String reason) {
        jdbc.sql("UPDATE webhook_subscription SET active = false, disabled_reason = ? WHERE id = ?").params(reason, id).update();
    }

    private Subscription row(ResultSet row, int n) throws SQLException {
        try {
            return new Subscription(row.getString("id"), row.getString("url"),
                    mapper.readValue(row.getString("event_types"), STRINGS), row.getString("owner"),
                    row.getBoolean("active"), row.getString("disabled_reason"), row.getTimestamp("created_at").toInstant());
        } catch (JsonProcessingException e) {
            throw new SQLException("Unreadable event types of subscription " + row.getString("id"), e);
        }
    }

    private String json(List<String> values) {
        try {
            return mapper.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
