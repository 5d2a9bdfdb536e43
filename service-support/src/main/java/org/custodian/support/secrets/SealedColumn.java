package org.custodian.support.secrets;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A text column holding one sealed secret per row, found by an id column. A value from before sealing is
 * read as it is until {@link #sealStored()} (run at startup) has sealed it.
 */
public final class SealedColumn {

    private final JdbcClient jdbc;
    private final SecretSeal seal;
    private final String select;
    private final String update;

    /** Table and column names come from code, never from input. */
    public SealedColumn(JdbcClient jdbc, SecretSeal seal, String table, String idColumn, String column) {
        this.jdbc = jdbc;
        this.seal = seal;
        this.select = "SELECT " + idColumn + ", " + column + " FROM " + table;
        this.update = "UPDATE " + table + " SET " + column + " = ? WHERE " + idColumn + " = ? AND " + column + " = ?";
    }

    public String seal(String secret) {
        return seal.seal(secret);
    }

    public String open(String stored) {
        return seal.openStored(stored);
    }

    /** Seals every value still in plaintext (or under a retired KEK); returns how many. */
    public int sealStored() {
        record Stored(String id, String value) { }
        List<Stored> unsealed = jdbc.sql(select).query((row, n) -> new Stored(row.getString(1), row.getString(2))).list()
                .stream().filter(stored -> seal.needsResealing(stored.value())).toList();
        // Only if unchanged meanwhile: another instance may be sealing the same row.
        return unsealed.stream().mapToInt(stored -> jdbc.sql(update)
                .params(seal.seal(open(stored.value())), stored.id(), stored.value()).update()).sum();
    }
}
