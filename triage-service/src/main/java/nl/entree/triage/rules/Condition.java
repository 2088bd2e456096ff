package nl.entree.triage.rules;

/** A compiled condition over an assessment's {@link Field#facts facts}. */
sealed interface Condition {

    boolean test(long[] facts);

    /** Matches every assessment: a rule without {@code when}. */
    record Always() implements Condition {
        @Override
        public boolean test(long[] facts) {
            return true;
        }
    }

    /** The assessment's field holds at least one of the listed values. */
    record AnyValue(Field field, long values) implements Condition {
        @Override
        public boolean test(long[] facts) {
            return (facts[field.ordinal()] & values) != 0;
        }
    }

    record AllOf(Condition[] conditions) implements Condition {
        @Override
        public boolean test(long[] facts) {
            for (Condition c : conditions) {
                if (!c.test(facts)) {
                    return false;
                }
            }
            return true;
        }
    }

    record AnyOf(Condition[] conditions) implements Condition {
        @Override
        public boolean test(long[] facts) {
            for (Condition c : conditions) {
                if (c.test(facts)) {
                    return true;
                }
            }
            return false;
        }
    }

    record Not(Condition condition) implements Condition {
        @Override
        public boolean test(long[] facts) {
            return !condition.test(facts);
        }
    }
}
