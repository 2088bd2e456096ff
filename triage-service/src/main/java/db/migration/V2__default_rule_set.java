package db.migration;

import java.sql.PreparedStatement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import nl.entree.triage.rules.DefaultRuleSet;

/** Stores version 1 from the same JSON file the code and the benchmark read, so there is one copy of it. */
public class V2__default_rule_set extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        String document = DefaultRuleSet.document();
        // Fails the migration rather than storing a rule set the service would refuse.
        DefaultRuleSet.compiled();
        try (PreparedStatement insert = context.getConnection().prepareStatement(
                "insert into rule_set (version, document, active, published_at, published_by) "
                        + "values (?, ?, true, now(), 'migration')")) {
            insert.setInt(1, DefaultRuleSet.VERSION);
            insert.setString(2, document);
            insert.executeUpdate();
        }
    }
}
