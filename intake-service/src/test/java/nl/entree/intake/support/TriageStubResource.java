package nl.entree.intake.support;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Every test of this module talks to the triage stub instead of a real triage-service. */
@WithTestResource(value = TriageStub.class, scope = TestResourceScope.GLOBAL)
public final class TriageStubResource {
    private TriageStubResource() {
    }
}
