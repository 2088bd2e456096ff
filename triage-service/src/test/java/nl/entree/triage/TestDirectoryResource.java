package nl.entree.triage;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

import nl.entree.triage.regional.DirectoryStubResource;

/** Every test of this module asks the directory stub, never whatever listens on the real directory's port. */
@WithTestResource(value = DirectoryStubResource.class, scope = TestResourceScope.GLOBAL)
public final class TestDirectoryResource {
    private TestDirectoryResource() {
    }
}
