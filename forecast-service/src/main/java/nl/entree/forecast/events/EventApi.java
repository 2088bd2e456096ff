package nl.entree.forecast.events;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.entree.common.vocabulary.Organisation;

public final class EventApi {

    private EventApi() {
    }

    @Schema(name = "NewEvent")
    public record NewEvent(
            @NotBlank @Size(max = 200) String name,
            @NotNull EventKind kind,
            @NotNull @Schema(description = "first day") LocalDate from,
            @Schema(description = "last day; required for MEDIA, CAMPAIGN and OTHER, at most 12 months after from; "
                    + "a LAW may leave it out while it is in force") LocalDate to,
            @Schema(description = "the organisations it affects; empty or absent means all") List<@NotNull Organisation> organisations) {
    }

    @Schema(name = "Event")
    public record EventView(long id, String name, EventKind kind, LocalDate from, LocalDate to,
            List<Organisation> organisations) {
    }
}
