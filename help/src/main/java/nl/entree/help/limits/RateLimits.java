package nl.entree.help.limits;

import java.net.Inet6Address;
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
 * Token buckets for questions and pickups, per client, per IPv6 /48 and in all. A client is known only by a keyed hash
 * of its address ({@link #network}: an IPv6 client by its /64, and {@link #prefix} its /48), under a random key made at
 * start that is never written down and dies with the process: the buckets tell one client from another, but cannot be
 * traced back to an address. Nothing of it leaves memory, and a client is forgotten one period after its last request.
 */
@ApplicationScoped
public class RateLimits {

    /** What a client asks for. */
    public enum Kind { QUESTION, PICKUP }

    private final byte[] key = new byte[32];
    private final Limit questions;
    private final Limit pickups;
    private final MeterRegistry registry;

    public RateLimits(LimitsConfig config, MeterRegistry registry) {
        this.registry = registry;
        new SecureRandom().nextBytes(key);
        questions = new Limit(config.questionsPerClient(), config.questionsPerPrefix(),
                config.questionsPerClientPeriod(), config.questionsPerMinute(), config.clients());
        pickups = new Limit(config.pickupsPerClient(), config.pickupsPerPrefix(), config.pickupsPerClientPeriod(),
                config.pickupsPerMinute(), config.clients());
    }

    /**
     * Empty when the request may go on; otherwise how long the client should wait ({@code Retry-After}). It must pass
     * its own bucket, its /48's (IPv6 only) and everyone's; what a later one refuses is given back to the earlier ones.
     */
    public Optional<Duration> admit(Kind kind, String clientAddress) {
        Limit limit = limit(kind);
        Bucket own = limit.client(client(clientAddress));
        Optional<Bucket> shared = prefix(clientAddress).map(p -> limit.prefix(keyed(p)));
        Optional<Duration> wait = take(own);
        if (wait.isEmpty() && shared.isPresent()) {
            wait = take(shared.get());
            if (wait.isPresent()) {
                // Refused because of the other /64s in its /48 (a neighbour's flood, or this household's own): a
                // fresh /64 has a full bucket anyway, so keeping the token would only punish the address that waits.
                own.addTokens(1);
            }
        }
        if (wait.isEmpty()) {
            wait = take(limit.all());
            if (wait.isPresent()) {
                // Refused because of everyone else (a surge after a broadcast): that must not use up this person's own
                // few questions, or trying again during the surge would lock them out for an hour after it.
                own.addTokens(1);
                shared.ifPresent(bucket -> bucket.addTokens(1));
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
        Limit limit = limit(kind);
        // Quietly: looking at the wait is not a request, so it does not keep the client in memory for longer.
        Optional<Duration> own = limit.clientQuietly(client(clientAddress)).flatMap(RateLimits::estimate);
        Optional<Duration> shared = prefix(clientAddress).flatMap(p -> limit.prefixQuietly(keyed(p)))
                .flatMap(RateLimits::estimate);
        Optional<Duration> all = estimate(limit.all());
        return Stream.of(own, shared, all).flatMap(Optional::stream).max(Comparator.naturalOrder());
    }

    /**
     * Returns what {@link #admit} took, for a request that came to nothing: intake could not be reached, or it refused
     * a question's text (empty, too long, a link or HTML in it). It stored nothing and found nothing, so there is
     * nothing to limit; counted, an outage would lock a person out for long after it ended, and so would a few tries
     * at rewording a question. A wrong code, or any other refusal, is never given back: those are what the limits
     * are for.
     */
    public void giveBack(Kind kind, String clientAddress) {
        Limit limit = limit(kind);
        limit.clientIfPresent(client(clientAddress)).ifPresent(bucket -> bucket.addTokens(1));
        prefix(clientAddress).flatMap(p -> limit.prefixIfPresent(keyed(p))).ifPresent(bucket -> bucket.addTokens(1));
        limit.all().addTokens(1);
    }

    private Limit limit(Kind kind) {
        return kind == Kind.QUESTION ? questions : pickups;
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

    private String client(String address) {
        return keyed(network(address));
    }

    private String keyed(String network) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(network.getBytes(StandardCharsets.UTF_8)));
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
        return ipv6(address).map(bytes -> groups(bytes, 4) + "/64")
                .orElseGet(() -> parsed(address).map(InetAddress::getHostAddress).orElse(String.valueOf(address)));
    }

    /**
     * The /48 an IPv6 client lies in, counted as well as its /64: a home connection in the Netherlands is often given
     * a /48 or a /56, and could otherwise ask a client's share from each of its thousands of /64s. Nothing for IPv4,
     * whose address is one connection already.
     */
    static Optional<String> prefix(String address) {
        return ipv6(address).map(bytes -> groups(bytes, 3) + "/48");
    }

    /** The address's 16 bytes when it is IPv6 (an IPv4 address mapped into it is not). */
    private static Optional<byte[]> ipv6(String address) {
        return parsed(address).filter(Inet6Address.class::isInstance).map(InetAddress::getAddress);
    }

    /** An address literal with a colon in it, read; without one (IPv4, or not an address) it is left as it is. */
    private static Optional<InetAddress> parsed(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return Optional.empty();
        }
        String literal = address.startsWith("[") && address.endsWith("]")
                ? address.substring(1, address.length() - 1) : address;
        int zone = literal.indexOf('%');
        literal = zone < 0 ? literal : literal.substring(0, zone);
        try {
            // With a colon in it, the JDK reads the text as an IPv6 literal, or refuses it: it never asks DNS.
            return Optional.of(InetAddress.getByName(literal));
        } catch (UnknownHostException notAnAddress) {
            return Optional.empty();
        }
    }

    /** The first {@code count} groups of 16 bits, in hexadecimal, as {@code 2001:db8:1::}. */
    private static String groups(byte[] bytes, int count) {
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < 2 * count; i += 2) {
            prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
        }
        return prefix.append(':').toString();
    }

    /**
     * One kind's buckets: one for each client and each IPv6 /48 (each forgotten one period after its last request, at
     * most {@code remembered} of each), and one for everyone, per minute.
     */
    private record Limit(int perClient, int perPrefix, Duration period, Cache<String, Bucket> clients,
            Cache<String, Bucket> prefixes, Bucket all) {

        Limit(int perClient, int perPrefix, Duration period, int perMinute, int remembered) {
            this(perClient, perPrefix, period, cache(period, remembered), cache(period, remembered),
                    bucket(perMinute, Duration.ofMinutes(1)));
        }

        private static Cache<String, Bucket> cache(Duration period, int remembered) {
            return Caffeine.newBuilder().expireAfterAccess(period).maximumSize(remembered).build();
        }

        Bucket client(String key) {
            return clients.get(key, k -> bucket(perClient, period));
        }

        Bucket prefix(String key) {
            return prefixes.get(key, k -> bucket(perPrefix, period));
        }

        Optional<Bucket> clientIfPresent(String key) {
            return Optional.ofNullable(clients.getIfPresent(key));
        }

        Optional<Bucket> prefixIfPresent(String key) {
            return Optional.ofNullable(prefixes.getIfPresent(key));
        }

        Optional<Bucket> clientQuietly(String key) {
            return Optional.ofNullable(clients.policy().getIfPresentQuietly(key));
        }

        Optional<Bucket> prefixQuietly(String key) {
            return Optional.ofNullable(prefixes.policy().getIfPresentQuietly(key));
        }
    }
}
