package nl.entree.support.db;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points a service's tests at a real PostgreSQL. Declare it once per module with
 * {@code @WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL,
 * initArgs = @ResourceArg(name = "database", value = "intake"))}.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private String database = "entree";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        DatabaseSettings settings = TestDatabase.settingsFor(database);
        return Map.of(
                "quarkus.datasource.jdbc.url", settings.url(),
                "quarkus.datasource.username", settings.username(),
                "quarkus.datasource.password", settings.password());
    }

    @Override
    public void stop() {
        // The server lives as long as the test JVM, so that every test class shares one start.
    }
}
