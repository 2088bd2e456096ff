package nl.entree.directory;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

import nl.entree.support.db.PostgresTestResource;

/** Every test of this module runs against the real PostgreSQL database "directory". */
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "directory"))
public final class TestDatabaseResource {
    private TestDatabaseResource() {
    }
}
