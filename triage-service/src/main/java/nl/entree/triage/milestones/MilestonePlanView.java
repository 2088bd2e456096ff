package nl.entree.triage.milestones;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A published milestone plan: its version, whether new cases get it, and the plan itself")
public record MilestonePlanView(int version, boolean active, Instant publishedAt, String publishedBy,
        MilestonePlan plan) {
}
