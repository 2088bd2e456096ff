package nl.entree.intake.stats;

import java.time.YearMonth;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.entree.common.vocabulary.ContactPrompt;

/**
 * Contacts per month by what prompted them, with the month's total. For ministries a suppressed entry has
 * {@code count} null and {@code suppressed} true; within a month at least two parts are hidden when one is, so that
 * the total less the visible parts never gives a hidden one.
 */
@Schema(name = "MonthlyPromptCounts")
public record MonthlyPromptCounts(YearMonth from, YearMonth to, boolean suppressionApplied, List<Month> months) {

    @Schema(name = "MonthlyPrompts")
    public record Month(YearMonth month, Long total, boolean totalSuppressed, List<Part> prompts,
            @Schema(description = "contacts prompted by the media as a share (0..1) of all the month's contacts; "
                    + "null when either count is suppressed or the month has none") Double mediaShare) {
    }

    @Schema(name = "MonthlyPromptPart")
    public record Part(@Schema(description = "null: not asked (older contacts, the front door)") ContactPrompt prompt,
            Long count, boolean suppressed) {
    }
}
