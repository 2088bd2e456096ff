package nl.entree.intake.stats;

import java.time.YearMonth;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.entree.common.vocabulary.Channel;

/**
 * Contacts per month × channel × acute, with the margins of each month: a cell with {@code channel} null
 * counts all channels, one with {@code acute} null counts acute and non-acute together. For ministries a
 * suppressed entry has {@code count} null and {@code suppressed} true.
 */
@Schema(name = "MonthlyContactCounts")
public record MonthlyContactCounts(YearMonth from, YearMonth to, boolean suppressionApplied, List<Cell> cells) {

    @Schema(name = "MonthlyContactCell")
    public record Cell(YearMonth month, Channel channel, Boolean acute, Long count, boolean suppressed) {
    }
}
