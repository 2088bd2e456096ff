package nl.entree.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import nl.entree.common.vocabulary.Organisation;
import nl.entree.support.token.Tokens;

/** Issue 7.5: organisations stay apart, and ministries never see a case or a contact. */
class OrganisationsApartIT {

    private final Suite suite = Suite.get();

    @Test
    void aCasemanagerGets404ForEveryCaseAndContactOfAnotherOrganisation() throws IOException {
        List<Routed> routed = registerAndRoute(36);
        int checks = 0;
        for (Routed r : routed) {
            for (Organisation outsider : Organisation.values()) {
                String token = Contacts.casemanager(outsider);
                if (!r.contactOrgs().contains(outsider)) {
                    assertEquals(404, Client.get(suite.url("intake-service") + "/api/contacts/" + r.registered().id(), token).status(),
                            outsider + " must not see contact " + r.registered().n());
                    checks++;
                }
                if (!r.caseOrgs().contains(outsider)) {
                    assertEquals(404, Client.get(suite.url("triage-service") + "/api/cases/" + r.caseId(), token).status(),
                            outsider + " must not see case of contact " + r.registered().n());
                    assertEquals(404, Client.post(suite.url("triage-service") + "/api/cases/" + r.caseId() + "/accept",
                            token, "application/json", "{}", Map.of()).status(), outsider + " must not accept it");
                    checks++;
                }
            }
        }
        assertEquals(true, checks > 100, "enough cross-organisation reads were tried: " + checks);
    }

    @Test
    void aMinistryGets403OnEveryCaseLevelEndpoint() throws IOException {
        Routed r = registerAndRoute(1).get(0);
        String ministry = Tokens.ministry();
        String intake = suite.url("intake-service");
        String triage = suite.url("triage-service");
        for (String url : List.of(intake + "/api/contacts", intake + "/api/contacts/" + r.registered().id(),
                intake + "/api/audit?objectId=" + r.registered().id(), triage + "/api/cases",
                triage + "/api/cases/" + r.caseId(), triage + "/api/caseloads")) {
            assertEquals(403, Client.get(url, ministry).status(), url);
        }
        for (String action : List.of("accept", "decline", "close", "reassign")) {
            assertEquals(403, Client.post(triage + "/api/cases/" + r.caseId() + "/" + action, ministry,
                    "application/json", "{}", Map.of()).status(), action);
        }
        assertEquals(403, Client.post(intake + "/api/contacts", ministry, "application/json",
                Client.write(Contacts.assessment(1)), Map.of("Idempotency-Key", UUID.randomUUID().toString())).status());
    }

    record Routed(Contacts.Registered registered, UUID caseId, Set<Organisation> contactOrgs, Set<Organisation> caseOrgs) {
    }

    private List<Routed> registerAndRoute(int count) throws IOException {
        List<Routed> result = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Contacts.Registered r = Contacts.register(suite, 200_000 + i, reply -> { });
            assertNotNull(r);
            JsonNode contact = awaitRouted(r);
            JsonNode routing = contact.get("routing");
            Set<Organisation> caseOrgs = EnumSet.noneOf(Organisation.class);
            if (routing.hasNonNull("leadOrganisation")) {
                caseOrgs.add(Organisation.valueOf(routing.get("leadOrganisation").asText()));
            }
            if (routing.has("supportingOrganisations")) {
                routing.get("supportingOrganisations").forEach(o -> caseOrgs.add(Organisation.valueOf(o.asText())));
            }
            Set<Organisation> contactOrgs = EnumSet.of(r.org());
            contactOrgs.addAll(caseOrgs);
            result.add(new Routed(r, UUID.fromString(routing.get("caseId").asText()), contactOrgs, caseOrgs));
        }
        return result;
    }

    private JsonNode awaitRouted(Contacts.Registered r) throws IOException {
        for (int attempt = 0; attempt < 120; attempt++) {
            JsonNode contact = Contacts.read(suite, r);
            if ("ROUTED".equals(contact.get("status").asText())) {
                return contact;
            }
            Suite.sleep(250);
        }
        throw new AssertionError("contact " + r.n() + " was not routed");
    }
}
