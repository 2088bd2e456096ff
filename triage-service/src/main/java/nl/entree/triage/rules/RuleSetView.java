package nl.entree.triage.rules;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A published rule set: its version, whether it is active, and the document itself")
public record RuleSetView(int version, boolean active, Instant publishedAt, String publishedBy, String description,
        @Schema(description = "The rule-set document: see docs/triage.md") JsonNode document) {
}
