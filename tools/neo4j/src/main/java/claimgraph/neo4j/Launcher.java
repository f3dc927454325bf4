package claimgraph.neo4j;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingValueParsers;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Runs Neo4j Community in this JVM with a Bolt connector on 127.0.0.1, for local
 * development, tests and CI (there is no Docker and no Neo4j download on these machines).
 *
 * <p>Usage: {@code java <flags> -jar neo4j-launcher.jar [--home DIR] [--port N]
 * [--pagecache SIZE] [--tx-timeout DURATION]}. Each option falls back to an environment
 * variable (NEO4J_HOME, NEO4J_PORT, NEO4J_PAGECACHE, NEO4J_TX_TIMEOUT), then to a default.
 * Port 0 lets the OS pick a free port. If NEO4J_PASSWORD is set and non-empty, auth is
 * enabled and user {@code neo4j} gets that password; otherwise auth is off.
 *
 * <p>Contract with scripts/neo4j-start.sh: once Bolt accepts connections, one line
 * {@code BOLT_URI=bolt://127.0.0.1:PORT} goes to stdout and PORT is written atomically to
 * {@code <home>/bolt.port}; then the process blocks until SIGTERM/SIGINT, which shuts the
 * DBMS down cleanly through a shutdown hook. Everything else goes to stderr.
 */
public final class Launcher {

    private static final String HOST = "127.0.0.1";
    private static final String PORT_FILE = "bolt.port";

    private Launcher() {}

    public static void main(String[] args) {
        try {
            run(Options.parse(args, System.getenv()));
        } catch (UsageException e) {
            System.err.println("neo4j-launcher: " + e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
        } catch (Throwable t) {
            // Neo4j may leave non-daemon threads behind after a failed build(): exit explicitly
            // so the start script sees the failure instead of a hung process.
            System.err.println("neo4j-launcher: failed to start Neo4j");
            t.printStackTrace();
            System.exit(1);
        }
    }

    private static void run(Options o) throws Exception {
        Path home = o.home.toAbsolutePath().normalize();
        Files.createDirectories(home);
        Path portFile = home.resolve(PORT_FILE);
        // A port file left by a killed run must not be taken for this run's.
        Files.deleteIfExists(portFile);

        SocketAddress bolt = new SocketAddress(HOST, o.port);
        boolean auth = o.password != null && !o.password.isEmpty();

        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true) // off by default when embedded
                .setConfig(BoltConnector.listen_address, bolt)
                // Advertised = listen so neo4j:// routing tables point back at loopback.
                .setConfig(BoltConnector.advertised_address, bolt)
                // Plain bolt:// on loopback; TLS would only add certificate handling here.
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.auth_enabled, auth)
                // Explicit: the default heuristic takes about half of the machine's RAM.
                .setConfig(GraphDatabaseSettings.pagecache_memory, o.pagecache)
                .setConfig(GraphDatabaseSettings.transaction_timeout, o.txTimeout)
                // No usage reporting: there is no network, and it is not wanted anyway.
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Throwaway/dev stores: no preallocated tx logs, small segments, and prune
                // everything not needed for recovery at each checkpoint.
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, 8L * 1024 * 1024)
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "keep_none")
                // Netty's graceful shutdown waits a 5 s quiet period per event loop group,
                // which made SIGTERM take ~20 s. Nothing talks to a local test DBMS while it
                // stops, so skip the quiet period (internal settings, but declared and stable
                // across 5.x).
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(5));

        long t0 = System.nanoTime();
        DatabaseManagementService dbms = builder.build();
        // Registered right after build(): SIGTERM/SIGINT (and normal exit) stop the DBMS
        // cleanly so the next start needs no recovery. The port file goes first, so that
        // nobody reads a port that is about to close.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Files.deleteIfExists(portFile);
            } catch (IOException ignored) {
                // best effort; the next start deletes it anyway
            }
            System.err.println("neo4j-launcher: shutting down");
            dbms.shutdown();
            System.err.println("neo4j-launcher: stopped");
        }, "neo4j-shutdown"));

        if (auth) {
            setPassword(dbms, o.password);
        }

        int port = boundBoltPort(dbms);
        writeAtomically(portFile, port + "\n");
        System.err.printf("neo4j-launcher: Neo4j %s up in %.1f s (home %s, pagecache %d MiB, auth %s)%n",
                org.neo4j.kernel.internal.Version.getNeo4jVersion(), (System.nanoTime() - t0) / 1e9,
                home, o.pagecache >> 20, auth ? "on" : "off");
        System.out.println("BOLT_URI=bolt://" + HOST + ":" + port);
        System.out.flush();

        // Block forever; the shutdown hook does the rest on SIGTERM/SIGINT.
        Thread.currentThread().join();
    }

    /** The port Bolt actually bound (differs from the configured one when that is 0). */
    private static int boundBoltPort(DatabaseManagementService dbms) {
        GraphDatabaseAPI db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        ConnectorPortRegister ports = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class);
        HostnamePort addr = ports.getLocalAddress(ConnectorType.BOLT);
        if (addr == null || addr.getPort() <= 0) {
            throw new IllegalStateException("Bolt connector did not register a local address");
        }
        return addr.getPort();
    }

    /**
     * Gives user neo4j the requested password without the forced change on first login.
     * Embedded transactions are not subject to auth, so this works on a fresh store and on
     * a store whose password was set by an earlier run.
     */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
        } catch (RuntimeException e) {
            // Re-using an existing store with the same password is fine; Neo4j refuses to
            // "change" a password to itself.
            String msg = String.valueOf(e.getMessage());
            if (!msg.contains("cannot be the same")) {
                throw e;
            }
        }
    }

    /** Readers (the start script) must never see a half-written file: write, then rename. */
    private static void writeAtomically(Path target, String content) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.writeString(tmp, content, StandardCharsets.UTF_8);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    /** Command-line options; each falls back to an environment variable, then a default. */
    private static final class Options {
        static final String USAGE = "usage: java -jar neo4j-launcher.jar [--home DIR] [--port N]"
                + " [--pagecache SIZE e.g. 256m] [--tx-timeout DURATION e.g. 60s]\n"
                + "env fallbacks: NEO4J_HOME (var/neo4j), NEO4J_PORT (7687), NEO4J_PAGECACHE (256m),"
                + " NEO4J_TX_TIMEOUT (60s), NEO4J_PASSWORD (unset = auth off)";

        Path home;
        int port;
        long pagecache;
        Duration txTimeout;
        String password;

        static Options parse(String[] args, Map<String, String> env) throws UsageException {
            String home = env.getOrDefault("NEO4J_HOME", "var/neo4j");
            String port = env.getOrDefault("NEO4J_PORT", "7687");
            String pagecache = env.getOrDefault("NEO4J_PAGECACHE", "256m");
            String txTimeout = env.getOrDefault("NEO4J_TX_TIMEOUT", "60s");
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (a.equals("-h") || a.equals("--help")) {
                    System.err.println(USAGE);
                    System.exit(0);
                }
                if (i + 1 >= args.length) {
                    throw new UsageException("missing value for " + a);
                }
                String v = args[++i];
                switch (a) {
                    case "--home" -> home = v;
                    case "--port" -> port = v;
                    case "--pagecache" -> pagecache = v;
                    case "--tx-timeout" -> txTimeout = v;
                    default -> throw new UsageException("unknown option " + a);
                }
            }
            Options o = new Options();
            o.home = Path.of(home);
            try {
                o.port = Integer.parseInt(port.trim());
            } catch (NumberFormatException e) {
                throw new UsageException("port is not a number: " + port);
            }
            if (o.port < 0 || o.port > 65535) {
                throw new UsageException("port out of range: " + port);
            }
            // Neo4j's own parsers, so values read like neo4j.conf ("512m", "1g", "90s", "2m").
            try {
                o.pagecache = SettingValueParsers.BYTES.parse(pagecache.trim());
                o.txTimeout = SettingValueParsers.DURATION.parse(txTimeout.trim());
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            o.password = env.get("NEO4J_PASSWORD");
            return o;
        }
    }
}
