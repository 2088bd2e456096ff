package nl.entree.intake.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Assertions;

/** Waits for something the service does in the background, such as the outbox relay. */
public final class Eventually {

    private Eventually() {
    }

    public static void await(String what, Duration within, BooleanSupplier condition) {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        Assertions.fail("Not within " + within + ": " + what);
    }
}
