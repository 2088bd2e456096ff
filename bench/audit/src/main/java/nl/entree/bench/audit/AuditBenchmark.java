package nl.entree.bench.audit;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.eclipse.microprofile.jwt.JsonWebToken;

import nl.entree.common.audit.AuditChain;
import nl.entree.common.audit.AuditResult;
import nl.entree.common.audit.AuditTrail;
import nl.entree.common.security.Caller;
import nl.entree.support.db.DatabaseSettings;
import nl.entree.support.db.TestDatabase;

/**
 * What auditing a list costs: a list of n cases appends n records (one per case, so that "who saw this case" finds
 * it) inside the reading transaction, as triage's {@code GET /api/cases/closed} does for a year of closed cases.
 * Times the records appended one by one ({@code record} in a loop, as before) against {@code recordEach} (one
 * batch under one lock of the chain head), each in a transaction of its own that commits, on embedded PostgreSQL
 * (or {@code ENTREE_TEST_DB_URL}). Checks the chain after each round. Arguments: sizes (default 100 1000 5000),
 * then rounds (default 5).
 */
public final class AuditBenchmark {

    private static final String SCHEMA = """
            drop table if exists audit_record;
            drop table if exists audit_chain;
            create table audit_record (
                id bigint generated always as identity primary key, at timestamptz not null, actor text not null,
                actor_role text not null, actor_org text, action text not null, object_type text not null,
                object_id text, result text not null, previous_hash char(64) not null, hash char(64) not null);
            create index audit_record_object on audit_record (object_id, id);
            create table audit_chain (singleton boolean primary key default true check (singleton), last_id bigint,
                last_hash char(64) not null);
            insert into audit_chain (last_id, last_hash) values (null, repeat('0', 64));
            """;

    private AuditBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = args.length > 0 ? IntStream.range(0, Math.max(1, args.length - 1))
                .mapToObj(i -> Integer.parseInt(args[i])).toList() : List.of(100, 1000, 5000);
        int rounds = args.length > 1 ? Integer.parseInt(args[args.length - 1]) : 5;
        DatabaseSettings settings = TestDatabase.settingsFor("audit_bench");
        try (Connection c = DriverManager.getConnection(settings.url(), settings.username(), settings.password())) {
            try (Statement s = c.createStatement()) {
                s.execute(SCHEMA);
            }
            c.setAutoCommit(false);
            AuditTrail trail = new AuditTrail(sameConnection(c), new Caller(capacityService()),
                    Clock.systemUTC());
            System.out.printf("%-8s %-22s %12s %12s%n", "records", "how", "median ms", "per record µs");
            for (int n : sizes) {
                List<UUID> ids = IntStream.range(0, n).mapToObj(i -> UUID.randomUUID()).toList();
                time(c, n, rounds, "one by one (record)",
                        () -> ids.forEach(id -> trail.record("CASES_CLOSED_READ", "case", id, AuditResult.OK)));
                time(c, n, rounds, "one batch (recordEach)",
                        () -> trail.recordEach("CASES_CLOSED_READ", "case", ids, AuditResult.OK));
            }
            if (!AuditChain.verify(c).intact()) {
                throw new IllegalStateException("The chain the benchmark wrote is broken");
            }
            System.out.println("chain intact after every round");
        }
    }

    private static void time(Connection c, int n, int rounds, String how, Runnable append) throws SQLException {
        List<Double> millis = new ArrayList<>();
        for (int round = 0; round <= rounds; round++) {
            long start = System.nanoTime();
            append.run();
            c.commit();
            double ms = (System.nanoTime() - start) / 1e6;
            // The first round warms the JIT and the database's caches and is left out.
            if (round > 0) {
                millis.add(ms);
            }
        }
        Collections.sort(millis);
        double median = millis.get(millis.size() / 2);
        System.out.printf("%-8d %-22s %12.1f %12.1f%n", n, how, median, median * 1000 / n);
    }

    /** The one connection of the reading transaction, as the service's datasource hands it out inside one. */
    private static DataSource sameConnection(Connection c) {
        Connection kept = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, arguments) -> {
                    if ("close".equals(method.getName())) {
                        return null;
                    }
                    try {
                        return method.invoke(c, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        return new DataSource() {
            @Override
            public Connection getConnection() {
                return kept;
            }

            @Override
            public Connection getConnection(String username, String password) {
                return kept;
            }

            @Override
            public PrintWriter getLogWriter() {
                return null;
            }

            @Override
            public void setLogWriter(PrintWriter out) {
            }

            @Override
            public void setLoginTimeout(int seconds) {
            }

            @Override
            public int getLoginTimeout() {
                return 0;
            }

            @Override
            public Logger getParentLogger() {
                return Logger.getGlobal();
            }

            @Override
            public <T> T unwrap(Class<T> type) throws SQLException {
                throw new SQLException("not a wrapper");
            }

            @Override
            public boolean isWrapperFor(Class<?> type) {
                return false;
            }
        };
    }

    /** capacity-service's service token, the caller of {@code GET /api/cases/closed}. */
    private static JsonWebToken capacityService() {
        return new JsonWebToken() {
            @Override
            public String getName() {
                return "capacity-service";
            }

            @Override
            public Set<String> getClaimNames() {
                return Set.of("sub", "groups");
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claim) {
                return "groups".equals(claim) ? (T) Set.of("service") : null;
            }
        };
    }
}
