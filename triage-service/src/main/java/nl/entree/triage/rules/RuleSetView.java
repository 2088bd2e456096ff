package nl.entree.triage.rules;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A published rule set: its version, whether it is active, and the document itself")
public record RuleSetView(int version, boolean active, Instant publishedAt, String publishedBy, String description,
        @Schema(description = "The rule-set document: see docs/triage.md") JsonNode document,
        @Schema(description = "Only in the answer to an activation that made the version active: the replay it "
                + "rests on, the newest over every region that left out no past case") Basis activatedOn) {

    public record Basis(Instant madeAt, String madeBy, long evaluated) {
    }
}
