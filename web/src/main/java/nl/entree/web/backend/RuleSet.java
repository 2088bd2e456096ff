package nl.entree.web.backend;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * triage's {@code GET /api/rule-sets/active}: a published rule set. The document is triage's own format
 * (docs/triage.md), kept as JSON and put into words by the board.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RuleSet(int version, boolean active, Instant publishedAt, String publishedBy, String description,
        JsonNode document) {
}
