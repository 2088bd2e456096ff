package nl.entree.triage.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether some assessment can satisfy a condition, by expanding it into a disjunction of
 * conjunctions of value tests. A single-valued field (setting, channel...) satisfies a conjunction when one
 * value is allowed by all its tests; a multi-valued field (incident types, needs) when each required set
 * keeps a value that no negated test forbids. Exact, but expansion is capped: beyond the cap the answer is
 * "unknown", and a rule is never rejected on an unknown.
 * <p>
 * The size cap alone does not bound the work: two lists under the cap whose pairs all contradict each other
 * cost the product of their sizes and leave nothing. So every step (a node visited, a pair combined) is
 * counted against a budget shared by all checks of one document; when it runs out, {@link OutOfSteps} is
 * thrown and the document is refused as too complex.
 */
final class Satisfiability {

    private static final int CAP = 4096;

    private final long budget;
    private long steps;

    /** Checks that together may take at most {@code budget} steps. */
    Satisfiability(long budget) {
        this.budget = budget;
    }

    long budget() {
        return budget;
    }

    /** Empty when the expansion grew too large to decide. */
    Optional<Boolean> satisfiable(Condition condition) {
        try {
            return Optional.of(!expand(condition, false).isEmpty());
        } catch (TooLarge e) {
            return Optional.empty();
        }
    }

    /** {@code condition} and none of {@code earlier}. */
    Optional<Boolean> satisfiableAfter(Condition condition, List<Condition> earlier) {
        Condition[] parts = new Condition[earlier.size() + 1];
        parts[0] = condition;
        for (int i = 0; i < earlier.size(); i++) {
            parts[i + 1] = new Condition.Not(earlier.get(i));
        }
        return satisfiable(new Condition.AllOf(parts));
    }

    private void step() {
        if (++steps > budget) {
            throw new OutOfSteps();
        }
    }

    private List<Conjunction> expand(Condition c, boolean negated) {
        step();
        if (c instanceof Condition.Always) {
            return negated ? List.of() : List.of(Conjunction.TRUE);
        }
        if (c instanceof Condition.Not not) {
            return expand(not.condition(), !negated);
        }
        if (c instanceof Condition.AnyValue v) {
            Conjunction k = Conjunction.TRUE.with(v.field(), v.values(), negated);
            return k == null ? List.of() : List.of(k);
        }
        Condition[] parts;
        boolean conjunctive;
        if (c instanceof Condition.AllOf all) {
            parts = all.conditions();
            conjunctive = !negated;
        } else {
            parts = ((Condition.AnyOf) c).conditions();
            conjunctive = negated;
        }
        if (conjunctive) {
            List<Conjunction> result = List.of(Conjunction.TRUE);
            for (Condition part : parts) {
                result = product(result, expand(part, negated));
                if (result.isEmpty()) {
                    return result;
                }
            }
            return result;
        }
        List<Conjunction> result = new ArrayList<>();
        for (Condition part : parts) {
            result.addAll(expand(part, negated));
            if (result.size() > CAP) {
                throw new TooLarge();
            }
        }
        return result;
    }

    private List<Conjunction> product(List<Conjunction> left, List<Conjunction> right) {
        List<Conjunction> result = new ArrayList<>();
        for (Conjunction l : left) {
            for (Conjunction r : right) {
                step();
                Conjunction both = l.and(r);
                if (both != null) {
                    result.add(both);
                    if (result.size() > CAP) {
                        throw new TooLarge();
                    }
                }
            }
        }
        return result;
    }

    /**
     * Per field: for a single-valued field the values still allowed; for a multi-valued field the values
     * forbidden and the sets of which at least one value is required. Null when it cannot be satisfied.
     */
    private record Conjunction(long[] allowed, long[] forbidden, List<List<Long>> required) {

        static final Conjunction TRUE = initial();

        private static Conjunction initial() {
            int n = Field.count();
            long[] allowed = new long[n];
            List<List<Long>> required = new ArrayList<>();
            for (Field f : Field.values()) {
                allowed[f.ordinal()] = f.universe();
                required.add(List.of());
            }
            return new Conjunction(allowed, new long[n], List.copyOf(required));
        }

        Conjunction with(Field field, long values, boolean negated) {
            long[] allowed = this.allowed.clone();
            long[] forbidden = this.forbidden.clone();
            List<List<Long>> required = new ArrayList<>(this.required);
            int i = field.ordinal();
            if (!field.multiValued()) {
                allowed[i] &= negated ? ~values : values;
            } else if (negated) {
                forbidden[i] |= values;
            } else {
                List<Long> sets = new ArrayList<>(required.get(i));
                sets.add(values);
                required.set(i, sets);
            }
            Conjunction result = new Conjunction(allowed, forbidden, required);
            return result.possible() ? result : null;
        }

        Conjunction and(Conjunction other) {
            int n = allowed.length;
            long[] a = new long[n];
            long[] f = new long[n];
            List<List<Long>> r = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                a[i] = allowed[i] & other.allowed[i];
                f[i] = forbidden[i] | other.forbidden[i];
                List<Long> sets = new ArrayList<>(required.get(i));
                sets.addAll(other.required.get(i));
                r.add(sets);
            }
            Conjunction result = new Conjunction(a, f, r);
            return result.possible() ? result : null;
        }

        private boolean possible() {
            for (Field field : Field.values()) {
                int i = field.ordinal();
                if (!field.multiValued()) {
                    if (allowed[i] == 0) {
                        return false;
                    }
                    continue;
                }
                long open = field.universe() & ~forbidden[i];
                for (long set : required.get(i)) {
                    if ((set & open) == 0) {
                        return false;
                    }
                }
                // An assessment names at least one incident type.
                if (field == Field.INCIDENT_TYPES && open == 0) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final class TooLarge extends RuntimeException {
        TooLarge() {
            super(null, null, false, false);
        }
    }

    /** The document's budget of steps is spent. */
    static final class OutOfSteps extends RuntimeException {
        OutOfSteps() {
            super(null, null, false, false);
        }
    }
}
