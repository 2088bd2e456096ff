package nl.entree.help.limits;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Token buckets for questions and pickups, per client and in all. A client is known only by a keyed hash of its
 * address ({@link #network}: an IPv6 client by its /64), under a random key made at start that is never written down
 * and dies with the process: the buckets tell one client from another, but cannot be traced back to an address.
 * Nothing of it leaves memory, and a client is forgotten one period after its last request.
 */
@ApplicationScoped
public class RateLimits {

    /** What a client asks for. */
    public enum Kind { QUESTION, PICKUP }

    private final byte[] key = new byte[32];
    private final Cache<String, Bucket> questionClients;
    private final Cache<String, Bucket> pickupClients;
    private final Bucket questions;
    private final Bucket pickups;
    private final LimitsConfig config;
    private final MeterRegistry registry;

    public RateLimits(LimitsConfig config, MeterRegistry registry) {
        this.config = config;
        this.registry = registry;
        new SecureRandom().nextBytes(key);
        questionClients = clients(config.questionsPerClientPeriod());
        pickupClients = clients(config.pickupsPerClientPeriod());
        questions = bucket(config.questionsPerMinute(), Duration.ofMinutes(1));
        pickups = bucket(config.pickupsPerMinute(), Duration.ofMinutes(1));
    }

    /** Empty when the request may go on; otherwise how long the client should wait ({@code Retry-After}). */
    public Optional<Duration> admit(Kind kind, String clientAddress) {
        Bucket perClient = kind == Kind.QUESTION
                ? questionClients.get(client(clientAddress),
                        c -> bucket(config.questionsPerClient(), config.questionsPerClientPeriod()))
                : pickupClients.get(client(clientAddress),
                        c -> bucket(config.pickupsPerClient(), config.pickupsPerClientPeriod()));
        Optional<Duration> wait = take(perClient);
        if (wait.isEmpty()) {
            wait = take(kind == Kind.QUESTION ? questions : pickups);
            if (wait.isPresent()) {
                // Refused because of everyone else (a surge after a broadcast): that must not use up this person's own
                // few questions, or trying again during the surge would lock them out for an hour after it.
                perClient.addTokens(1);
            }
        }
        if (wait.isPresent()) {
            registry.counter("entree.help.refused", "kind", kind.name().toLowerCase()).increment();
        }
        return wait;
    }

    /**
     * How long the client still has to wait, without taking anything: for the page that says to wait, shown again (in
     * the other language, or reloaded) with the wait as it is then. Empty when it may go on.
     */
    public Optional<Duration> waiting(Kind kind, String clientAddress) {
        Cache<String, Bucket> clients = kind == Kind.QUESTION ? questionClients : pickupClients;
        // Quietly: looking at the wait is not a request, so it does not keep the client in memory for longer.
        Bucket perClient = clients.policy().getIfPresentQuietly(client(clientAddress));
        Optional<Duration> own = perClient == null ? Optional.empty() : estimate(perClient);
        Optional<Duration> all = estimate(kind == Kind.QUESTION ? questions : pickups);
        return Stream.of(own, all).flatMap(Optional::stream).max(Comparator.naturalOrder());
    }

    /**
     * Returns what {@link #admit} took, for a request that came to nothing because intake could not be reached. It
     * stored nothing and found nothing, so there is nothing to limit; counted, an outage would lock a person out for
     * long after it ended. A refusal or a wrong code is never given back: those are what the limits are for.
     */
    public void giveBack(Kind kind, String clientAddress) {
        Cache<String, Bucket> clients = kind == Kind.QUESTION ? questionClients : pickupClients;
        Bucket perClient = clients.getIfPresent(client(clientAddress));
        if (perClient != null) {
            perClient.addTokens(1);
        }
        (kind == Kind.QUESTION ? questions : pickups).addTokens(1);
    }

    private static Optional<Duration> take(Bucket bucket) {
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(seconds(probe.getNanosToWaitForRefill()));
    }

    private static Optional<Duration> estimate(Bucket bucket) {
        EstimationProbe probe = bucket.estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? Optional.empty() : Optional.of(seconds(probe.getNanosToWaitForRefill()));
    }

    /** Whole seconds, rounded up, as {@code Retry-After} says them: never 0 while there is something to wait for. */
    private static Duration seconds(long nanos) {
        return Duration.ofSeconds(Math.max(1, (nanos + 999_999_999) / 1_000_000_000));
    }

    /** Refilled evenly over the period, so a client that waits a little may go on a little. */
    private static Bucket bucket(int capacity, Duration period) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build())
                .build();
    }

    private Cache<String, Bucket> clients(Duration period) {
        return Caffeine.newBuilder().expireAfterAccess(period).maximumSize(config.clients()).build();
    }

    private String client(String address) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(network(address).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /**
     * What one client is: an IPv4 address, or the /64 an IPv6 address lies in. A home or phone connection is given a
     * whole /64 and may pick any address in it, so counted by address one device could ask without end. An IPv4
     * address mapped into IPv6 is its IPv4 address; anything that is not an address literal is taken as it is.
     */
    static String network(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return String.valueOf(address);
        }
        String literal = address.startsWith("[") && address.endsWith("]")
                ? address.substring(1, address.length() - 1) : address;
        int zone = literal.indexOf('%');
        literal = zone < 0 ? literal : literal.substring(0, zone);
        try {
            // With a colon in it, the JDK reads the text as an IPv6 literal, or refuses it: it never asks DNS.
            InetAddress parsed = InetAddress.getByName(literal);
            if (parsed instanceof Inet4Address) {
                return parsed.getHostAddress();
            }
            byte[] bytes = parsed.getAddress();
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
            }
            return prefix.append(":/64").toString();
        } catch (UnknownHostException notAnAddress) {
            return address;
        }
    }
}
