package nl.entree.intake.stats;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.entree.common.disclosure.SmallCellSuppression;
import nl.entree.common.time.DutchTime;
import nl.entree.common.vocabulary.Channel;
import nl.entree.common.vocabulary.ContactPrompt;
import nl.entree.common.vocabulary.Region;
import nl.entree.intake.contacts.ContactRepository;

@ApplicationScoped
class StatsService {

    private final ContactRepository contacts;
    private final PublishedMonths published;

    public StatsService(ContactRepository contacts, PublishedMonths published) {
        this.contacts = contacts;
        this.published = published;
    }

    /** Months by the Dutch calendar of {@code receivedAt}; each month is its own table for suppression. */
    @Transactional
    public MonthlyContactCounts monthly(YearMonth from, YearMonth to, boolean suppress, Region region) {
        Map<YearMonth, long[][]> tables = new HashMap<>();
        Channel[] channels = Channel.values();
        for (ContactRepository.MonthlyCount count : monthlyCounts(from, to, suppress, region)) {
            long[][] table = tables.computeIfAbsent(YearMonth.parse(count.month()),
                    m -> new long[channels.length][2]);
            table[count.channel().ordinal()][count.acute() ? 1 : 0] += count.count();
        }
        List<MonthlyContactCounts.Cell> cells = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            long[][] counts = tables.getOrDefault(month, new long[channels.length][2]);
            SmallCellSuppression.Table table = SmallCellSuppression.suppress(counts, month);
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
        for (ContactRepository.MonthlyPromptCount count : promptCounts(from, to, suppress, region)) {
            long[] line = lines.computeIfAbsent(YearMonth.parse(count.month()), m -> new long[prompts.length + 1]);
            line[count.prompt() == null ? notAsked : count.prompt().ordinal()] += count.count();
        }
        List<MonthlyPromptCounts.Month> months = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            SmallCellSuppression.Table table = SmallCellSuppression.suppress(
                    lines.getOrDefault(month, new long[prompts.length + 1]), month);
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

    /**
     * A ministry is shown each month as it was when a ministry first saw it ({@link PublishedMonths}), so a contact
     * registered late never shows as the difference between two reads; everyone else sees the contacts as they are.
     */
    private List<ContactRepository.MonthlyCount> monthlyCounts(YearMonth from, YearMonth to, boolean suppress,
            Region region) {
        if (!suppress) {
            return contacts.monthlyCounts(start(from), start(to.plusMonths(1)), region);
        }
        published.publish(from, to);
        return published.cells(from, to, region).stream().map(c -> new ContactRepository.MonthlyCount(
                c.month().toString(), c.channel(), c.acute(), c.count())).toList();
    }

    private List<ContactRepository.MonthlyPromptCount> promptCounts(YearMonth from, YearMonth to, boolean suppress,
            Region region) {
        if (!suppress) {
            return contacts.monthlyPromptCounts(start(from), start(to.plusMonths(1)), region);
        }
        published.publish(from, to);
        return published.cells(from, to, region).stream().map(c -> new ContactRepository.MonthlyPromptCount(
                c.month().toString(), c.prompt(), c.count())).toList();
    }

    private static Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay(DutchTime.ZONE).toInstant();
    }

    private static MonthlyContactCounts.Cell cell(YearMonth month, Channel channel, Boolean acute,
            SmallCellSuppression.Entry entry, boolean suppress) {
        boolean hidden = suppress && entry.suppressed();
        return new MonthlyContactCounts.Cell(month, channel, acute, hidden ? null : entry.value(), hidden);
    }
}
