package nl.entree.capacity;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

import nl.entree.capacity.support.TriageStubResource;

/** Every test of this module talks to the stub triage, so that all share one application start. */
@WithTestResource(value = TriageStubResource.class, scope = TestResourceScope.GLOBAL)
public final class TestTriageResource {
    private TestTriageResource() {
    }
}
