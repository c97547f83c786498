package sanad;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.kernel.internal.Version;

/**
 * Runs Neo4j Community (embedded) with its Bolt connector until SIGINT/SIGTERM, then shuts it down cleanly.
 *
 * <p>Configured by environment variables (set by scripts/lib/neo4j-local.mjs):
 * SANAD_NEO4J_HOME (data directory, required), SANAD_NEO4J_HOST (default 127.0.0.1), SANAD_NEO4J_PORT (default 7687),
 * SANAD_NEO4J_PAGECACHE (default 512m), SANAD_NEO4J_PASSWORD_FILE (password of the user neo4j, required).
 * The heap is the JVM's (-Xms/-Xmx). Prints one line "neo4j ready bolt://host:port (Neo4j x.y.z)" when Bolt accepts
 * connections; errors are one line on stderr with a distinct exit code.
 */
public final class Launcher {
  private static final int EXIT_CONFIG = 2;
  private static final int EXIT_PORT_IN_USE = 3;
  private static final int EXIT_START_FAILED = 4;

  private Launcher() {}

  public static void main(String[] args) throws Exception {
    String home = env("SANAD_NEO4J_HOME", null);
    String host = env("SANAD_NEO4J_HOST", "127.0.0.1");
    String portText = env("SANAD_NEO4J_PORT", "7687");
    String pageCache = env("SANAD_NEO4J_PAGECACHE", "512m");
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
    if (port < 1 || port > 65535) fail(EXIT_CONFIG, "invalid port " + portText);
    String password = Files.readString(Path.of(passwordFile), StandardCharsets.UTF_8).trim();
    if (password.length() < 8) fail(EXIT_CONFIG, "the password in " + passwordFile + " is shorter than 8 characters");
    if (!portFree(host, port)) {
      fail(EXIT_PORT_IN_USE, "port " + port + " on " + host + " is already in use (another Neo4j? set NEO4J_PORT or stop it)");
    }

    Path dir = Path.of(home).toAbsolutePath();
    Files.createDirectories(dir);
    Map<String, String> config = new LinkedHashMap<>();
    config.put("server.bolt.enabled", "true");
    config.put("server.bolt.listen_address", host + ":" + port);
    config.put("server.bolt.advertised_address", host + ":" + port);
    config.put("server.http.enabled", "false");
    config.put("server.https.enabled", "false");
    config.put("dbms.security.auth_enabled", "true");
    config.put("server.memory.pagecache.size", pageCache);
    config.put("server.directories.logs", dir.resolve("logs").toString());
    // A query that runs away must not hold the server: user queries get their own, shorter timeouts in the app.
    config.put("db.transaction.timeout", "120s");
    config.put("dbms.usage_report.enabled", "false");
    // Bolt waits 5 s twice on shutdown by default; nothing of ours needs that grace, and Ctrl-C should feel quick.
    config.put("internal.server.bolt.connection_shutdown_wait_time", "1s");
    config.put("internal.server.bolt.thread_pool_shutdown_wait_time", "1s");

    DatabaseManagementService service;
    try {
      // Written out as a neo4j.conf beside the store, so what the server runs with can be read there.
      StringBuilder conf = new StringBuilder("# Written by sanad.Launcher at every start; edits are overwritten.\n");
      config.forEach((key, value) -> conf.append(key).append('=').append(value).append('\n'));
      Path confFile = dir.resolve("neo4j.conf");
      Files.writeString(confFile, conf.toString(), StandardCharsets.UTF_8);
      service = new DatabaseManagementServiceBuilder(dir).loadPropertiesFromFile(confFile).build();
    } catch (RuntimeException e) {
      Throwable root = e;
      while (root.getCause() != null) root = root.getCause();
      fail(EXIT_START_FAILED, "neo4j failed to start: " + root.getMessage() + " (see " + dir.resolve("logs") + ")");
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  service.shutdown();
                  System.out.println("neo4j stopped");
                  System.out.flush();
                  stopped.countDown();
                },
                "sanad-neo4j-shutdown"));

    // Sets (or resets) the neo4j user's password from the file at every start, so the file is the one source of truth.
    GraphDatabaseService system = service.database("system");
    try {
      system.executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } catch (QueryExecutionException e) {
      // Neo4j refuses to "change" a password to itself: then it is already the right one.
      if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
        fail(EXIT_START_FAILED, "could not set the neo4j password: " + e.getMessage());
      }
    }

    waitForBolt(host, port);
    System.out.println("neo4j ready bolt://" + host + ":" + port + " (Neo4j " + Version.getNeo4jVersion() + ")");
    System.out.flush();
    stopped.await();
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

  private static void waitForBolt(String host, int port) throws InterruptedException {
    for (int i = 0; i < 600; i++) {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(host, port), 200);
        return;
      } catch (IOException e) {
        Thread.sleep(100);
      }
    }
    fail(EXIT_START_FAILED, "neo4j started but Bolt did not accept connections on " + host + ":" + port);
  }

  private static void fail(int code, String message) {
    System.err.println("error: " + message);
    System.err.flush();
    Runtime.getRuntime().halt(code);
  }
}
