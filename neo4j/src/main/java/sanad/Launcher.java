package sanad;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.Version;

/**
 * Runs Neo4j Community (embedded, with its Bolt connector) until SIGINT/SIGTERM, then shuts it down cleanly.
 *
 * <p>Configured by environment variables (scripts/lib/neo4j-local.mjs sets them):
 *
 * <ul>
 *   <li>{@code SANAD_NEO4J_HOME} (required): the data directory; the store goes in {@code data/}, Neo4j's own logs
 *       (debug.log, security.log, ...) in {@code logs/}.
 *   <li>{@code SANAD_NEO4J_PASSWORD_FILE} (required): a file holding the password (8+ characters) of the user
 *       {@code neo4j}; it is set again at every start, so the file is the one source of truth. Never printed.
 *   <li>{@code SANAD_NEO4J_HOST} (default 127.0.0.1) and {@code SANAD_NEO4J_PORT} (default 7687): where Bolt listens.
 *   <li>{@code SANAD_NEO4J_PAGECACHE} (default 512m): the page cache size (k/m/g suffixes).
 *   <li>{@code SANAD_NEO4J_STOP_ON_STDIN_EOF} (default off): when 1, the server also stops when its standard input
 *       closes, so it cannot outlive a parent that held the other end of a pipe and died without stopping it.
 * </ul>
 *
 * <p>The heap is the caller's (-Xms/-Xmx). Standard output gets exactly two lines: {@code neo4j ready
 * bolt://host:port (Neo4j x.y.z)} once Bolt accepts connections and {@code neo4j stopped} after a clean shutdown.
 * Errors are one line {@code error: ...} on standard error, with exit code 2 (bad configuration), 3 (port in use) or
 * 4 (the server failed to start).
 */
public final class Launcher {
  private static final int EXIT_CONFIG = 2;
  private static final int EXIT_PORT_IN_USE = 3;
  private static final int EXIT_START_FAILED = 4;

  // Taken by main while it builds the server and by the shutdown hook, so a signal that arrives during start-up still
  // waits for the server to exist and then shuts it down cleanly.
  private static final Object LOCK = new Object();
  private static DatabaseManagementService service;
  private static boolean stopping;

  private Launcher() {}

  public static void main(String[] args) throws Exception {
    String home = env("SANAD_NEO4J_HOME", null);
    String host = env("SANAD_NEO4J_HOST", "127.0.0.1");
    String portText = env("SANAD_NEO4J_PORT", "7687");
    String pageCacheText = env("SANAD_NEO4J_PAGECACHE", "512m");
    String passwordFile = env("SANAD_NEO4J_PASSWORD_FILE", null);
    if (home == null || passwordFile == null) {
      fail(EXIT_CONFIG, "SANAD_NEO4J_HOME and SANAD_NEO4J_PASSWORD_FILE must be set");
    }
    int port;
    try {
      port = Integer.parseInt(portText);
    } catch (NumberFormatException e) {
      port = -1;
    }
    if (port < 1 || port > 65535) fail(EXIT_CONFIG, "invalid port " + portText + " (SANAD_NEO4J_PORT)");
    long pageCache = 0;
    try {
      pageCache = ByteUnit.parse(pageCacheText);
    } catch (RuntimeException e) {
      fail(EXIT_CONFIG, "invalid page cache size " + pageCacheText + " (SANAD_NEO4J_PAGECACHE; e.g. 512m)");
    }
    String password;
    try {
      password = Files.readString(Path.of(passwordFile), StandardCharsets.UTF_8).trim();
    } catch (IOException e) {
      fail(EXIT_CONFIG, "cannot read the password file " + passwordFile + ": " + e.getMessage());
      return;
    }
    if (password.length() < 8) fail(EXIT_CONFIG, "the password in " + passwordFile + " is shorter than 8 characters");
    if (!portFree(host, port)) {
      fail(EXIT_PORT_IN_USE, "port " + port + " on " + host + " is already in use (another Neo4j? set NEO4J_PORT or stop it)");
    }

    Path dir = Path.of(home).toAbsolutePath();
    Files.createDirectories(dir);
    Runtime.getRuntime().addShutdownHook(new Thread(Launcher::shutdown, "sanad-neo4j-shutdown"));
    if ("1".equals(env("SANAD_NEO4J_STOP_ON_STDIN_EOF", "0"))) watchStdin();

    SocketAddress bolt = new SocketAddress(host, port);
    DatabaseManagementServiceBuilder builder =
        new DatabaseManagementServiceBuilder(dir)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, bolt)
            .setConfig(BoltConnector.advertised_address, bolt)
            .setConfig(HttpConnector.enabled, false)
            .setConfig(HttpsConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.auth_enabled, true)
            .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
            .setConfig(GraphDatabaseSettings.logs_directory, dir.resolve("logs"))
            .setConfig(GraphDatabaseSettings.udc_enabled, false)
            // A runaway query must not hold the server for ever; the app gives user queries shorter timeouts.
            .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(120))
            // Transaction logs rotate (and are preallocated) at 256 MiB per database by default: 2 databases x 256 MiB
            // of disk for an empty store. 32 MiB files keep a throw-away store small; checkpoints prune old files.
            .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(32))
            // Bolt waits 5 s twice on shutdown for idle connections and its threads; Ctrl-C should feel quick.
            .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
            .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1));
    try {
      synchronized (LOCK) {
        if (stopping) return;
        service = builder.build();
      }
    } catch (RuntimeException e) {
      fail(EXIT_START_FAILED, "neo4j failed to start: " + rootMessage(e) + " (see " + dir.resolve("logs") + ")");
    }

    // Sets (or resets) the neo4j user's password from the file at every start.
    try {
      service
          .database("system")
          .executeTransactionally(
              "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } catch (RuntimeException e) {
      // Neo4j refuses to "change" a password to itself: then it is already the right one.
      if (!messages(e).contains("cannot be the same")) {
        exit(EXIT_START_FAILED, "could not set the neo4j password: " + rootMessage(e));
      }
    }

    if (!boltAccepts(host, port)) {
      exit(EXIT_START_FAILED, "neo4j started but Bolt did not accept connections on " + host + ":" + port);
    }
    System.out.println("neo4j ready bolt://" + host + ":" + port + " (Neo4j " + Version.getNeo4jVersion() + ")");
    System.out.flush();
    new CountDownLatch(1).await(); // until a signal runs the shutdown hook
  }

  private static void shutdown() {
    synchronized (LOCK) {
      stopping = true;
      if (service == null) return;
      service.shutdown();
      service = null;
      System.out.println("neo4j stopped");
      System.out.flush();
    }
  }

  private static void watchStdin() {
    Thread watcher =
        new Thread(
            () -> {
              try {
                while (System.in.read() != -1) {
                  // ignore input; only its end matters
                }
              } catch (IOException ignored) {
                // a broken pipe is an end too
              }
              System.exit(0);
            },
            "sanad-neo4j-stdin-watch");
    watcher.setDaemon(true);
    watcher.start();
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value.trim();
  }

  private static boolean portFree(String host, int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(host, port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean boltAccepts(String host, int port) throws InterruptedException {
    for (int i = 0; i < 300; i++) {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(host, port), 200);
        return true;
      } catch (IOException e) {
        Thread.sleep(100);
      }
    }
    return false;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) root = root.getCause();
    return String.valueOf(root.getMessage());
  }

  private static String messages(Throwable e) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) all.append(t.getMessage()).append('\n');
    return all.toString();
  }

  /** Before the server exists: one error line and out, without shutdown hooks. */
  private static void fail(int code, String message) {
    System.err.println("error: " + message);
    System.err.flush();
    Runtime.getRuntime().halt(code);
  }

  /** Once the server exists: one error line, then a clean shutdown through the hook. */
  private static void exit(int code, String message) {
    System.err.println("error: " + message);
    System.err.flush();
    System.exit(code);
  }
}
