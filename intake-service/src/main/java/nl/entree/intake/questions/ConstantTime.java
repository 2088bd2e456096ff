package nl.entree.intake.questions;

import java.time.Duration;
import java.util.function.Supplier;

/** Runs work and then waits out the rest of a fixed time, whether the work returned or threw. */
final class ConstantTime {

    private ConstantTime() {
    }

    static <T> T atLeast(Duration time, Supplier<T> work) {
        long deadline = System.nanoTime() + time.toNanos();
        try {
            return work.get();
        } finally {
            long left = deadline - System.nanoTime();
            if (left > 0) {
                try {
                    Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
