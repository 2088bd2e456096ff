package nl.entree.intake.stats;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.entree.common.disclosure.SmallCellSuppression;
import nl.entree.common.vocabulary.Acuteness;
import nl.entree.common.vocabulary.Channel;
import nl.entree.common.vocabulary.ContactPrompt;
import nl.entree.common.vocabulary.Region;
import nl.entree.intake.contacts.ContactRepository;

@ApplicationScoped
class StatsService {

    private final ContactRepository contacts;

    public StatsService(ContactRepository contacts) {
        this.contacts = contacts;
    }

    /** Months by the Dutch calendar of {@code receivedAt}; each month is its own table for suppression. */
    @Transactional
    public MonthlyContactCounts monthly(YearMonth from, YearMonth to, boolean suppress, Region region) {
        Map<YearMonth, long[][]> tables = new HashMap<>();
        Channel[] channels = Channel.values();
        for (ContactRepository.MonthlyCount count : contacts.monthlyCounts(
                from.atDay(1).atStartOfDay(Acuteness.ZONE).toInstant(),
                to.plusMonths(1).atDay(1).atStartOfDay(Acuteness.ZONE).toInstant(), region)) {
            long[][] table = tables.computeIfAbsent(YearMonth.parse(count.month()),
                    m -> new long[channels.length][2]);
            table[count.channel().ordinal()][count.acute() ? 1 : 0] = count.count();
        }
        List<MonthlyContactCounts.Cell> cells = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            long[][] counts = tables.getOrDefault(month, new long[channels.length][2]);
            SmallCellSuppression.Table table = SmallCellSuppression.suppress(counts);
            for (int r = 0; r < channels.length; r++) {
                for (int c = 0; c < 2; c++) {
                    cells.add(cell(month, channels[r], c == 1, table.cells()[r][c], suppress));
                }
                cells.add(cell(month, channels[r], null, table.rowTotals()[r], suppress));
            }
            for (int c = 0; c < 2; c++) {
                cells.add(cell(month, null, c == 1, table.columnTotals()[c], suppress));
            }
            cells.add(cell(month, null, null, table.grandTotal(), suppress));
        }
        return new MonthlyContactCounts(from, to, suppress, cells);
    }

    /** Each month is one line of parts (every prompt, and "not asked") under its published total. */
    @Transactional
    public MonthlyPromptCounts prompts(YearMonth from, YearMonth to, boolean suppress, Region region) {
        ContactPrompt[] prompts = ContactPrompt.values();
        int notAsked = prompts.length;
        Map<YearMonth, long[]> lines = new HashMap<>();
        for (ContactRepository.MonthlyPromptCount count : contacts.monthlyPromptCounts(
                from.atDay(1).atStartOfDay(Acuteness.ZONE).toInstant(),
                to.plusMonths(1).atDay(1).atStartOfDay(Acuteness.ZONE).toInstant(), region)) {
            long[] line = lines.computeIfAbsent(YearMonth.parse(count.month()), m -> new long[prompts.length + 1]);
            line[count.prompt() == null ? notAsked : count.prompt().ordinal()] = count.count();
        }
        List<MonthlyPromptCounts.Month> months = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            SmallCellSuppression.Table table = SmallCellSuppression.suppress(
                    new long[][] {lines.getOrDefault(month, new long[prompts.length + 1])});
            List<MonthlyPromptCounts.Part> parts = new ArrayList<>();
            for (int i = 0; i <= prompts.length; i++) {
                SmallCellSuppression.Entry entry = table.cells()[0][i];
                boolean hidden = suppress && entry.suppressed();
                parts.add(new MonthlyPromptCounts.Part(i == notAsked ? null : prompts[i], hidden ? null : entry.value(),
                        hidden));
            }
            SmallCellSuppression.Entry total = table.grandTotal();
            boolean totalHidden = suppress && total.suppressed();
            MonthlyPromptCounts.Part media = parts.get(ContactPrompt.MEDIA.ordinal());
            Double share = totalHidden || media.suppressed() || total.value() == 0 ? null
                    : (double) media.count() / total.value();
            months.add(new MonthlyPromptCounts.Month(month, totalHidden ? null : total.value(), totalHidden, parts,
                    share));
        }
        return new MonthlyPromptCounts(from, to, suppress, months);
    }

    private static MonthlyContactCounts.Cell cell(YearMonth month, Channel channel, Boolean acute,
            SmallCellSuppression.Entry entry, boolean suppress) {
        boolean hidden = suppress && entry.suppressed();
        return new MonthlyContactCounts.Cell(month, channel, acute, hidden ? null : entry.value(), hidden);
    }
}
