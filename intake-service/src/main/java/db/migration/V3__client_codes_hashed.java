package db.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import nl.entree.intake.crypto.ClientCodes;

/**
 * Client codes were stored as typed; from here on they are a keyed hash (see {@link ClientCodes}). Hashes the codes
 * already stored with the current key, in the migration's transaction, so no plain code is left behind. A code as
 * typed never holds a ':' (ContactRequest allows letters, digits, '.', '_' and '-'), so a stored hash is never
 * hashed again.
 */
public class V3__client_codes_hashed extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        ClientCodes codes = ClientCodes.fromSettings();
        Map<UUID, String> plain = new LinkedHashMap<>();
        try (PreparedStatement select = context.getConnection().prepareStatement(
                "select id, client_code from contact where client_code is not null and client_code !~ '^[0-9]+:'");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                plain.put(rows.getObject(1, UUID.class), rows.getString(2));
            }
        }
        try (PreparedStatement update = context.getConnection().prepareStatement(
                "update contact set client_code = ? where id = ?")) {
            for (Map.Entry<UUID, String> row : plain.entrySet()) {
                update.setString(1, codes.hash(row.getValue()));
                update.setObject(2, row.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
