package nl.entree.forecast;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

import nl.entree.support.db.PostgresTestResource;

/** Every test of this module runs against the real PostgreSQL database "forecast". */
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "forecast"))
public final class TestDatabaseResource {
    private TestDatabaseResource() {
    }
}
