package nl.entree.web.backend;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * intake's {@code GET /api/contacts/{id}} read for the case page: only how to reach the person, and whether retention
 * erased it. intake leaves {@code contact} out for a caller who may not see it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PersonToReach(UUID id, boolean detailsErased, ContactPerson contact) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ContactPerson(String name, String phone, String email) {
    }
}
