package nl.entree.triage.referrals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.entree.common.audit.AuditResult;
import nl.entree.common.audit.AuditTrail;
import nl.entree.common.contract.CaseStatus;
import nl.entree.common.contract.ReferralKind;
import nl.entree.common.contract.ReferralStep;
import nl.entree.common.disclosure.Disclosure;
import nl.entree.common.disclosure.SmallCellSuppression;
import nl.entree.common.problem.ProblemException;
import nl.entree.common.security.Caller;
import nl.entree.common.security.Roles;
import nl.entree.common.time.DutchTime;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;
import nl.entree.triage.audit.AuditTerms;
import nl.entree.triage.cases.CaseAccess;
import nl.entree.triage.cases.CaseEntity;
import nl.entree.triage.cases.CaseRepository;
import nl.entree.triage.cases.CaseTransition;
import nl.entree.triage.referrals.ReferralViews.ReferralView;
import nl.entree.triage.referrals.ReferralViews.WaitingTime;

/**
 * Referrals onward from a case, recorded by the organisation that made them (by the lead once that organisation left
 * the case), and the waiting times they add up to.
 * A caller who may not see the case gets the same 404 as for a case that does not exist.
 */
@ApplicationScoped
class ReferralService {

    private static final int TEN_WEEKS_IN_DAYS = 70;
    /**
     * Beside a hidden count of waits over ten weeks, the median and the p80 bound it: a p80 of ten weeks or less says
     * at most a fifth of the waits were longer. From 45 started on, a fifth holds 9, so neither quantile narrows a
     * hidden count within 1 to 9; below that they are not shown beside it (12 started with a p80 of 20 days: 1 or 2).
     */
    static final int QUANTILES_BESIDE_HIDDEN_PARTS = 45;
    private static final int LONGEST_PERIOD_DAYS = 3 * 366;

    private final ReferralRepository referrals;
    private final CaseAccess cases;
    private final Caller caller;
    private final Disclosure disclosure;
    private final AuditTrail audit;
    private final Clock clock;
    private final PublishedWaitingTimes published;
    private final CaseRepository history;

    ReferralService(ReferralRepository referrals, CaseAccess cases, Caller caller, Disclosure disclosure,
            AuditTrail audit, Clock clock, PublishedWaitingTimes published, CaseRepository history) {
        this.referrals = referrals;
        this.history = history;
        this.published = published;
        this.cases = cases;
        this.caller = caller;
        this.disclosure = disclosure;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public List<ReferralView> ofCase(UUID caseId) {
        return audited("REFERRAL_LIST", caseId, () -> {
            CaseEntity c = visibleCase(caseId);
            audit.record("REFERRAL_LIST", AuditTerms.CASE, caseId, AuditResult.OK);
            LocalDate today = today();
            return referrals.ofCase(caseId).stream().map(r -> view(r, c, today)).toList();
        });
    }

    /** A casemanager of an organisation working on the accepted case refers the person on. */
    @Transactional
    public ReferralView refer(UUID caseId, ReferralViews.NewReferral request) {
        return audited("REFERRAL_CREATE", caseId, () -> {
            CaseEntity c = caseToChange(caseId);
            Organisation own = caseworker();
            if (c.status != CaseStatus.ACCEPTED) {
                throw ProblemException.conflict("A case that is " + c.status + " cannot be referred on; it must be "
                        + "accepted.");
            }
            LocalDate today = today();
            requireDay("askedOn", request.askedOn(), LocalDate.ofInstant(c.receivedAt, DutchTime.ZONE), today);
            // A double click, or a retry after web gave up waiting: the case's lock makes this check race-free, and
            // a second referral would count twice in the waiting times.
            boolean open = referrals.ofCase(caseId).stream().anyMatch(x -> x.kind == request.kind()
                    && x.referredBy == own && x.askedOn.equals(request.askedOn())
                    && (x.state() == OnwardReferral.ReferralState.ASKED
                            || x.state() == OnwardReferral.ReferralState.ACCEPTED));
            if (open) {
                throw ProblemException.conflict("This referral, asked on this day, is open on this case already.");
            }
            OnwardReferral r = new OnwardReferral();
            r.id = UUID.randomUUID();
            r.caseId = caseId;
            r.kind = request.kind();
            r.region = c.region;
            r.referredBy = own;
            r.askedOn = request.askedOn();
            r.recordedAt = Instant.now(clock);
            r.recordedBy = caller.subject();
            referrals.persist(r);
            audit.record("REFERRAL_CREATE", AuditTerms.CASE, caseId, AuditResult.OK);
            return view(r, c, today);
        });
    }

    /** The organisation that referred records what became of it, step by step, each on its day. */
    @Transactional
    public ReferralView progress(UUID caseId, UUID referralId, ReferralViews.Progress step) {
        return audited("REFERRAL_PROGRESS", caseId, () -> {
            CaseEntity c = caseToChange(caseId);
            Organisation own = caseworker();
            OnwardReferral r = referrals.findByIdOptional(referralId).filter(x -> x.caseId.equals(caseId))
                    .orElseThrow(() -> ProblemException.notFound("Referral " + referralId));
            if (own != progressBy(c, r)) {
                throw ProblemException.forbidden("Only the organisation that made the referral records its "
                        + "progress, or the lead once that organisation is no longer on the case.");
            }
            OnwardReferral.ReferralState state = r.state();
            if (state == OnwardReferral.ReferralState.STARTED || state == OnwardReferral.ReferralState.FAILED
                    || step.step() == ReferralStep.ACCEPTED && state != OnwardReferral.ReferralState.ASKED) {
                throw ProblemException.conflict("A referral that is " + state + " cannot be marked " + step.step()
                        + ".");
            }
            LocalDate today = today();
            requireDay("on", step.on(), r.acceptedOn != null ? r.acceptedOn : r.askedOn, today);
            switch (step.step()) {
                case ACCEPTED -> r.acceptedOn = step.on();
                case STARTED -> r.startedOn = step.on();
                case FAILED -> {
                    if (step.reason() == null) {
                        throw ProblemException.badRequest("reason", "is required when a referral failed");
                    }
                    r.failedOn = step.on();
                    r.failureReason = step.reason();
                }
            }
            Instant now = Instant.now(clock);
            if (own != r.referredBy && own != r.takenOverBy) {
                takenOver(c, r, own, now);
            }
            r.takenOverBy = own == r.referredBy ? null : own;
            r.recordedAt = now;
            r.recordedBy = caller.subject();
            audit.record("REFERRAL_PROGRESS", AuditTerms.CASE, caseId, AuditResult.OK);
            return view(r, c, today);
        });
    }

    /**
     * Per kind and region, and per kind over every region: the waits of the referrals that started in the period.
     * For a ministry each kind's counts per region, with their national total, go through the suite's small-count
     * rule as a line; a hidden count hides the figures computed over it.
     */
    @Transactional
    public ReferralViews.WaitingTimes waitingTimes(LocalDate from, LocalDate to, Region requested) {
        if (to.isBefore(from)) {
            throw ProblemException.badRequest("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(from, to) > LONGEST_PERIOD_DAYS) {
            throw ProblemException.badRequest("to", "at most three years after from");
        }
        boolean suppress = disclosure.suppressSmallCounts();
        if (suppress && !completedYear(from, to)) {
            // Two free periods that overlap differ by the referrals in between, however large each count is.
            throw ProblemException.badRequest("from", "for figures with small counts hidden, one completed calendar "
                    + "year: from YYYY-01-01 to YYYY-12-31");
        }
        Region region = caller.hasRole(Roles.COORDINATOR) ? caller.regionWithin(requested) : requested;
        List<WaitingTime> rows;
        if (suppress) {
            // With small counts hidden the line is always every region, so that asking for one region cannot take
            // its figure out of the line that hides it: the national total minus that region would be the other
            // hidden cell. And each year is as a ministry was first shown it: progress recorded later with a start
            // in that year would otherwise be the difference of two reads.
            // A year frozen before a rule was added is shown under it too: the rules only ever hide more.
            rows = published.frozen(from.getYear(), () -> measure(from, to, null, true)).stream()
                    .filter(row -> region == null || row.region() == region)
                    .map(ReferralService::quantilesHiddenBesideFewHiddenParts).toList();
        } else {
            rows = measure(from, to, region, false);
        }
        audit.record("REFERRAL_WAITING_TIMES", AuditTerms.CASE_STATISTICS, region, AuditResult.OK);
        return new ReferralViews.WaitingTimes(from, to, region, rows);
    }

    /**
     * The rows of every region (or of {@code region}) and, for every region, the national ones. Referrals whose
     * contact named no region (null) count in the line and the national total.
     */
    private List<WaitingTime> measure(LocalDate from, LocalDate to, Region region, boolean suppress) {
        // The rule in force when the year is first frozen, not its January's: its rows are stored suppressed and never
        // measured again. Referrals start in 2026 and a year is shown from 2 January after it, so none was shown under
        // the smallest-partner rule, which lets a hidden count be worked out beside its visible partner
        // (common/README, "Partners in a fixed order").
        YearMonth rule = YearMonth.now(clock.withZone(DutchTime.ZONE));
        Region fetched = region;
        List<Region> regions = new ArrayList<>();
        if (fetched != null) {
            regions.add(fetched);
        } else {
            regions.addAll(List.of(Region.values()));
            regions.add(null);
        }
        Map<ReferralKind, Map<Region, List<Long>>> waits = new EnumMap<>(ReferralKind.class);
        Map<ReferralKind, Map<Region, Long>> waiting = new EnumMap<>(ReferralKind.class);
        for (OnwardReferral r : referrals.startedBetween(from, to, fetched)) {
            waits.computeIfAbsent(r.kind, k -> new HashMap<>())
                    .computeIfAbsent(r.region, k -> new ArrayList<>())
                    .add(ChronoUnit.DAYS.between(r.askedOn, r.startedOn));
        }
        for (OnwardReferral r : referrals.waitingOn(to, fetched)) {
            waiting.computeIfAbsent(r.kind, k -> new HashMap<>()).merge(r.region, 1L, Long::sum);
        }
        ReferralKind[] kinds = ReferralKind.values();
        long[][] started = new long[kinds.length][regions.size()];
        long[][] stillWaiting = new long[kinds.length][regions.size()];
        for (int k = 0; k < kinds.length; k++) {
            // Collections.emptyMap, not Map.of: it answers a null key (no region) instead of throwing.
            Map<Region, List<Long>> waitsOfKind = waits.getOrDefault(kinds[k], Collections.emptyMap());
            Map<Region, Long> waitingOfKind = waiting.getOrDefault(kinds[k], Collections.emptyMap());
            for (int g = 0; g < regions.size(); g++) {
                started[k][g] = waitsOfKind.getOrDefault(regions.get(g), List.of()).size();
                stillWaiting[k][g] = waitingOfKind.getOrDefault(regions.get(g), 0L);
            }
        }
        List<WaitingTime> rows = new ArrayList<>();
        for (int k = 0; k < kinds.length; k++) {
            // Each kind is a line of regions with its national total; nothing else sums them. The total is hidden
            // as the line's rule says, not only when it is small itself: regions of 4 and 7 under a national 11
            // would otherwise be known to add up to 11.
            SmallCellSuppression.Table startedLine = SmallCellSuppression.suppress(started[k], rule);
            SmallCellSuppression.Table waitingLine = SmallCellSuppression.suppress(stillWaiting[k], rule);
            List<Long> all = new ArrayList<>();
            for (int g = 0; g < regions.size(); g++) {
                List<Long> here = waits.getOrDefault(kinds[k], Collections.emptyMap())
                        .getOrDefault(regions.get(g), List.of());
                all.addAll(here);
                boolean shown = regions.get(g) != null && (region == null || regions.get(g) == region);
                if (shown && (started[k][g] > 0 || stillWaiting[k][g] > 0)) {
                    rows.add(row(kinds[k], regions.get(g), here, stillWaiting[k][g], rule,
                            suppress && startedLine.cells()[0][g].suppressed(),
                            suppress && waitingLine.cells()[0][g].suppressed(), suppress));
                }
            }
            long waitingHere = Arrays.stream(stillWaiting[k]).sum();
            if (region == null && (!all.isEmpty() || waitingHere > 0)) {
                rows.add(row(kinds[k], null, all, waitingHere, rule, suppress && startedLine.grandTotal().suppressed(),
                        suppress && waitingLine.grandTotal().suppressed(), suppress));
            }
        }
        return rows;
    }

    private static WaitingTime row(ReferralKind kind, Region region, List<Long> days, long stillWaiting, YearMonth rule,
            boolean startedHidden, boolean waitingHidden, boolean suppress) {
        Long waitingShown = waitingHidden ? null : stillWaiting;
        if (startedHidden) {
            return new WaitingTime(kind, region, null, null, null, null, waitingShown, true);
        }
        List<Long> sorted = days.stream().sorted().toList();
        long over = sorted.stream().filter(d -> d > TEN_WEEKS_IN_DAYS).count();
        // The waits over ten weeks and the others are two parts of a shown total: both or neither. Per region they
        // are not shown to a ministry at all: the national count less the visible regions would give a hidden one.
        boolean partsHidden = suppress && (region != null
                || SmallCellSuppression.suppressLine(new long[] {over, sorted.size() - over}, rule)[0]);
        boolean quantilesHidden = partsHidden && sorted.size() < QUANTILES_BESIDE_HIDDEN_PARTS;
        return new WaitingTime(kind, region, (long) sorted.size(), quantilesHidden ? null : median(sorted),
                quantilesHidden ? null : p80(sorted), partsHidden ? null : over, waitingShown,
                waitingHidden || partsHidden);
    }

    /**
     * A row as suppressed, with the median and p80 hidden beside a hidden count of long waits among fewer than
     * {@link #QUANTILES_BESIDE_HIDDEN_PARTS} started, as {@link #row} does: years frozen before that rule showed them.
     */
    private static WaitingTime quantilesHiddenBesideFewHiddenParts(WaitingTime row) {
        boolean partsHidden = row.started() != null && row.overTenWeeks() == null;
        if (!partsHidden || row.started() >= QUANTILES_BESIDE_HIDDEN_PARTS) {
            return row;
        }
        return new WaitingTime(row.kind(), row.region(), row.started(), null, null, null, row.stillWaiting(),
                row.suppressed());
    }

    private boolean completedYear(LocalDate from, LocalDate to) {
        return from.getDayOfYear() == 1 && to.equals(from.withDayOfYear(from.lengthOfYear()))
                && from.getYear() <= Disclosure.lastCompletedYear(clock);
    }

    static Double median(List<Long> sorted) {
        int n = sorted.size();
        if (n == 0) {
            return null;
        }
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    /** Nearest rank: the smallest wait that at least 80% of the referrals did not exceed. */
    static Double p80(List<Long> sorted) {
        return sorted.isEmpty() ? null : (double) sorted.get((int) Math.ceil(0.8 * sorted.size()) - 1);
    }

    private CaseEntity visibleCase(UUID caseId) {
        return cases.find(caseId).orElseThrow(() -> ProblemException.notFound("Case " + caseId));
    }

    /** A referral's steps take turns on their case's row, as the case's own changes do. */
    private CaseEntity caseToChange(UUID caseId) {
        return cases.findForChange(caseId).orElseThrow(() -> ProblemException.notFound("Case " + caseId));
    }

    private Organisation caseworker() {
        if (!caller.hasRole(Roles.CASEMANAGER)) {
            throw ProblemException.forbidden(
                    "Only a casemanager of an organisation working on the case refers onward.");
        }
        return caller.requireOrganisation();
    }

    private static void requireDay(String field, LocalDate day, LocalDate earliest, LocalDate today) {
        if (day.isAfter(today)) {
            throw ProblemException.badRequest(field, "cannot be after today");
        }
        if (day.isBefore(earliest)) {
            throw ProblemException.badRequest(field, "cannot be before " + earliest);
        }
    }

    private <T> T audited(String action, UUID caseId, Supplier<T> work) {
        try {
            return work.get();
        } catch (ProblemException refusal) {
            audit.recordRefusal(action, AuditTerms.CASE, caseId, refusal);
            throw refusal;
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(DutchTime.ZONE));
    }

    /**
     * Who records the referral's next step: the organisation that made it while it is on the case, else the lead.
     * Nobody else would: without it the referral waits for ever in the waiting times, and the long waits the letter
     * is about are counted short. Null while the case has no lead (a coordinator places it first).
     */
    private static Organisation progressBy(CaseEntity c, OnwardReferral r) {
        return c.involves(r.referredBy) ? r.referredBy : c.leadOrganisation;
    }

    /** Said once per organisation that takes a referral over, not at every step, in the case's own history. */
    private void takenOver(CaseEntity c, OnwardReferral r, Organisation own, Instant now) {
        CaseTransition t = new CaseTransition();
        t.caseId = c.id;
        t.at = now;
        t.actor = caller.subject();
        t.actorOrganisation = own;
        t.fromStatus = c.status;
        t.toStatus = c.status;
        t.fromLead = c.leadOrganisation;
        t.toLead = c.leadOrganisation;
        t.event = CaseTransition.CaseEvent.REFERRAL_TAKEN_OVER;
        t.supporter = r.referredBy;
        t.reason = "Referral " + r.kind + " (asked " + r.askedOn + ") by " + r.referredBy + " taken over by " + own
                + ": " + r.referredBy + " no longer works on the case.";
        history.record(t);
    }

    private static ReferralView view(OnwardReferral r, CaseEntity c, LocalDate today) {
        LocalDate end = r.startedOn != null ? r.startedOn : r.failedOn != null ? null : today;
        OnwardReferral.ReferralState state = r.state();
        boolean open = state == OnwardReferral.ReferralState.ASKED || state == OnwardReferral.ReferralState.ACCEPTED;
        return new ReferralView(r.id, r.kind, r.referredBy, r.askedOn, r.acceptedOn, r.startedOn, r.failedOn,
                r.failureReason, state, end == null ? null : ChronoUnit.DAYS.between(r.askedOn, end),
                open ? progressBy(c, r) : null);
    }
}
