package nl.entree.capacity.requirements;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.entree.capacity.config.CapacityConfig;
import nl.entree.capacity.costs.CostBook;
import nl.entree.capacity.costs.CostService;
import nl.entree.capacity.costs.CostView;
import nl.entree.capacity.norms.NormBook;
import nl.entree.capacity.norms.NormService;
import nl.entree.capacity.norms.NormView;
import nl.entree.capacity.staffing.StaffingBook;
import nl.entree.capacity.staffing.StaffingService;
import nl.entree.capacity.staffing.StaffingView;
import nl.entree.common.contract.Requirements;
import nl.entree.common.contract.RequirementsRequest;
import nl.entree.common.problem.Problem;
import nl.entree.common.problem.ProblemException;
import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;

/**
 * Projected cases into hours (cases × norm) and hours into FTE. One FTE gives contract hours × productive share
 * of casework per week, as the organisation's staffing in force at the month's end says (weighted by FTE over its
 * regions, or the request's region only), or by the configured defaults where it had none; a month has 52/12 weeks,
 * a year 52. docs/capacity.md names these assumptions.
 */
@ApplicationScoped
class RequirementsService {

    static final int MAX_LINES = 20_000;
    private static final double WEEKS_PER_MONTH = 52.0 / 12.0;
    private static final double WEEKS_PER_YEAR = 52.0;

    private final NormService norms;
    private final StaffingService staffing;
    private final CostService costs;
    private final CapacityConfig config;

    public RequirementsService(NormService norms, StaffingService staffing, CostService costs,
            CapacityConfig config) {
        this.norms = norms;
        this.staffing = staffing;
        this.costs = costs;
        this.config = config;
    }

    @Transactional
    public Requirements compute(RequirementsRequest request) {
        validate(request);
        NormBook book = norms.book();
        CostBook costBook = costs.book();
        Map<Organisation, Map<YearMonth, Totals>> perMonth = new EnumMap<>(Organisation.class);
        Map<Organisation, Map<CaseType, Missing>> missing = new EnumMap<>(Organisation.class);
        for (RequirementsRequest.Line line : request.lines()) {
            NormView norm = book.forMonth(line.caseType(), line.month().atDay(1));
            if (!norm.registered()) {
                missing.computeIfAbsent(line.organisation(), o -> new EnumMap<>(CaseType.class))
                        .computeIfAbsent(line.caseType(), t -> new Missing()).add(line.month(), line.cases());
                continue;
            }
            perMonth.computeIfAbsent(line.organisation(), o -> new TreeMap<>())
                    .computeIfAbsent(line.month(), m -> new Totals())
                    .add(line.cases(), norm);
        }

        List<Requirements.Row> months = new ArrayList<>();
        List<Requirements.Row> years = new ArrayList<>();
        for (Map.Entry<Organisation, Map<YearMonth, Totals>> org : perMonth.entrySet()) {
            // A region's cases against that region's staff; the country's against every row, unassigned ones too.
            StaffingBook staffBook = staffing.book(org.getKey(), request.region());
            Map<Integer, Totals> perYear = new TreeMap<>();
            for (Map.Entry<YearMonth, Totals> month : org.getValue().entrySet()) {
                Totals t = month.getValue();
                // The staff of that month, not today's: a month already published must not move with a registration.
                List<StaffingView> staff = staffBook.endOf(month.getKey());
                t.close(productiveHoursPerFtePerWeek(staff),
                        staff.isEmpty() ? null : staff.stream().mapToDouble(StaffingView::fte).sum(),
                        costBook.forMonth(org.getKey(), month.getKey().atDay(1)));
                months.add(row(month.getKey().toString(), org.getKey(), t, t.fteMonths));
                perYear.computeIfAbsent(month.getKey().getYear(), y -> new Totals()).add(t);
            }
            for (Map.Entry<Integer, Totals> year : perYear.entrySet()) {
                // Over the year's months in the request, as its FTE available: over 12, a part year looked overstaffed.
                years.add(row(String.valueOf(year.getKey()), org.getKey(), year.getValue(),
                        year.getValue().fteMonths / year.getValue().months));
            }
        }
        List<Requirements.WithoutNorm> withoutNorm = new ArrayList<>();
        missing.forEach((org, types) -> types.forEach((type, m) -> withoutNorm.add(
                new Requirements.WithoutNorm(org, type, m.first, m.last, m.cases))));
        return new Requirements(months, years, withoutNorm);
    }

    private static Requirements.Row row(String period, Organisation org, Totals t, double fteNeeded) {
        Double available = t.available();
        Double euros = t.pricedMonths == t.months ? t.euros : null;
        return new Requirements.Row(period, org, t.cases, t.low, t.expected, t.high, fteNeeded, available,
                available == null ? null : fteNeeded - available, euros,
                euros == null || t.cases <= 0 ? null : euros / t.cases, euros == null ? null : t.assumption);
    }

    /**
     * What one FTE of this organisation gives per week, so that FTE needed and FTE available are the same unit:
     * an organisation with shorter contracts or less casework time needs more FTE for the same hours.
     */
    private double productiveHoursPerFtePerWeek(List<StaffingView> staff) {
        double fte = staff.stream().mapToDouble(StaffingView::fte).sum();
        if (fte > 0) {
            return staff.stream().mapToDouble(StaffingView::productiveHoursPerWeek).sum() / fte;
        }
        return config.contractHoursPerFtePerWeek() * config.productiveShare();
    }

    /**
     * Checked here rather than with {@code @Valid}: the shared mapper names a field inside a list element
     * {@code lines.cases[0]}, and a forecast author needs {@code lines[0].cases}.
     */
    private static void validate(RequirementsRequest request) {
        if (request.lines() == null || request.lines().isEmpty()) {
            throw ProblemException.badRequest("lines", "must not be empty");
        }
        if (request.lines().size() > MAX_LINES) {
            throw ProblemException.badRequest("lines", "at most " + MAX_LINES + " lines per request");
        }
        List<Problem.Violation> violations = new ArrayList<>();
        for (int i = 0; i < request.lines().size(); i++) {
            RequirementsRequest.Line line = request.lines().get(i);
            String at = "lines[" + i + "]";
            if (line == null) {
                violations.add(new Problem.Violation(at, "must not be null"));
                continue;
            }
            if (line.organisation() == null) {
                violations.add(new Problem.Violation(at + ".organisation", "must not be null"));
            }
            if (line.caseType() == null) {
                violations.add(new Problem.Violation(at + ".caseType", "must not be null"));
            } else if (line.organisation() != null && line.caseType().organisation() != line.organisation()) {
                violations.add(new Problem.Violation(at + ".caseType",
                        line.caseType() + " belongs to " + line.caseType().organisation()));
            }
            if (line.month() == null) {
                violations.add(new Problem.Violation(at + ".month", "must not be null"));
            }
            Double cases = line.cases();
            if (cases == null) {
                violations.add(new Problem.Violation(at + ".cases", "must not be null"));
            } else if (cases.isNaN() || cases.isInfinite() || cases < 0 || cases > 10_000_000) {
                violations.add(new Problem.Violation(at + ".cases", "must be a number of cases from 0 to 10,000,000"));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.badRequest(violations);
        }
    }

    private static final class Totals {
        double cases;
        double low;
        double expected;
        double high;
        /** Months in these totals, and how many of them had a cost: euros only when every month had one. */
        int months;
        int pricedMonths;
        double euros;
        boolean assumption;
        /** FTE needed, summed over the months: a year's FTE-months, each in the FTE of its own month's staff. */
        double fteMonths;
        /** FTE available, summed over the months that had staffing in force. */
        double fteAvailable;
        int staffedMonths;

        void add(double n, NormView norm) {
            cases += n;
            low += n * norm.lowHours();
            expected += n * norm.expectedHours();
            high += n * norm.highHours();
        }

        /**
         * Closes one month with the staff and the cost in force then: a cost per FTE-year over the productive hours
         * of an FTE-year is the cost of a productive hour, times the month's expected hours.
         */
        void close(double productiveHoursPerFtePerWeek, Double available, CostView cost) {
            months = 1;
            fteMonths = expected / (productiveHoursPerFtePerWeek * WEEKS_PER_MONTH);
            if (available != null) {
                fteAvailable = available;
                staffedMonths = 1;
            }
            if (cost.registered()) {
                euros = expected * cost.eurosPerFtePerYear() / (productiveHoursPerFtePerWeek * WEEKS_PER_YEAR);
                assumption = Boolean.TRUE.equals(cost.assumption());
                pricedMonths = 1;
            }
        }

        void add(Totals other) {
            cases += other.cases;
            low += other.low;
            expected += other.expected;
            high += other.high;
            months += other.months;
            pricedMonths += other.pricedMonths;
            euros += other.euros;
            assumption |= other.assumption;
            fteMonths += other.fteMonths;
            fteAvailable += other.fteAvailable;
            staffedMonths += other.staffedMonths;
        }

        /**
         * A year's FTE available is its months' staff averaged over the same months as its FTE needed, not the staff
         * at one moment: a registration in December must not rewrite the gap of a year's earlier months. A month that
         * ended before any staffing was registered has no figure, so neither has its year: an average of the other
         * months set against the need of all of them would be the same mismatch again.
         */
        Double available() {
            return staffedMonths == months ? fteAvailable / months : null;
        }
    }

    private static final class Missing {
        YearMonth first;
        YearMonth last;
        double cases;

        void add(YearMonth month, double n) {
            first = first == null || month.isBefore(first) ? month : first;
            last = last == null || month.isAfter(last) ? month : last;
            cases += n;
        }
    }
}
