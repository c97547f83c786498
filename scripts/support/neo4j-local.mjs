// Builds and runs the local Neo4j (neo4j/: a Maven project with sanad.Launcher, Neo4j 5.26 Community embedded with
// Bolt) with plain `java -cp`. Dependency-free: node: builtins only (plus SetupError from ./setup.mjs, so that callers
// print its errors as one line).
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { SetupError } from "./setup.mjs";

// The JVM flags of Neo4j 5.26's own neo4j.conf (server.jvm.additional) and bootloader (-Dfile.encoding), less those
// that do not suit an embedded, memory-light server: -XX:+AlwaysPreTouch (commits the whole heap at start),
// -XX:+TrustFinalNonStaticFields (the conf itself says to disable it when embedded), the TLS, JFR and profiling ones.
// Without the --add-opens, debug.log warns that the page cache falls back to slower modes and that the transaction
// logs cannot be preallocated ("Incorrect file descriptor").
export const JVM_FLAGS = [
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "--enable-native-access=ALL-UNNAMED",
  "-XX:+UseG1GC",
  "-XX:-OmitStackTraceInFastThrow",
  "-XX:+DisableExplicitGC",
  "-XX:+ExitOnOutOfMemoryError",
  "-Djdk.nio.maxCachedBufferSize=1024",
  "-Dio.netty.tryReflectionSetAccessible=true",
  "-Dlog4j2.disable.jmx=true",
  "-Dfile.encoding=UTF-8",
];

const JAVA_MISSING = 'Java 17+ is required but "java" was not found on PATH — install OpenJDK 17 (apt-get install openjdk-17-jdk-headless)';
const MAVEN_MISSING = 'Maven 3.6.3+ is required but "mvn" was not found on PATH — install Maven (apt-get install maven)';

/** Throws a one-line SetupError unless `java` 17+ is on PATH; returns its major version. */
export function checkJava() {
  const res = spawnSync("java", ["-version"], { encoding: "utf8" });
  if (res.error) throw new SetupError(res.error.code === "ENOENT" ? JAVA_MISSING : `"java -version" failed: ${res.error.message}`);
  // `java -version` writes to stderr: `openjdk version "17.0.15" 2025-04-15`, `openjdk version "21" ...`, or
  // `java version "1.8.0_392"` for Java 8 and older.
  const match = `${res.stderr}${res.stdout}`.match(/version "(\d+)(?:\.(\d+))?/);
  const major = match ? (match[1] === "1" ? Number(match[2]) : Number(match[1])) : 0;
  if (major < 17) {
    throw new SetupError(`Java 17+ is required but "java" on PATH is ${match ? `Java ${major}` : "of an unknown version"} — install OpenJDK 17 (apt-get install openjdk-17-jdk-headless) and put it first on PATH`);
  }
  return major;
}

/** Throws a one-line SetupError unless `mvn` 3.6.3+ is on PATH; returns its version. */
export function checkMaven() {
  const res = spawnSync("mvn", ["-v"], { encoding: "utf8" });
  if (res.error) throw new SetupError(res.error.code === "ENOENT" ? MAVEN_MISSING : `"mvn -v" failed: ${res.error.message}`);
  const match = stripAnsi(`${res.stdout}${res.stderr}`).match(/Apache Maven (\d+)\.(\d+)\.(\d+)/);
  if (!match) throw new SetupError(`"mvn -v" failed or printed no version:\n${tail(`${res.stdout}${res.stderr}`, 10)}`);
  const [major, minor, patch] = match.slice(1).map(Number);
  if (major < 3 || (major === 3 && (minor < 6 || (minor === 6 && patch < 3)))) {
    throw new SetupError(`Maven 3.6.3+ is required but "mvn" on PATH is ${match.slice(1).join(".")} — install a newer Maven (apt-get install maven)`);
  }
  return match.slice(1).join(".");
}

function stripAnsi(text) {
  return text.replace(/\x1b\[[0-9;]*m/g, "");
}

function tail(text, lines) {
  return stripAnsi(text).trim().split("\n").slice(-lines).join("\n");
}

function runMaven(args, cwd) {
  return new Promise((resolve, reject) => {
    // The environment is passed on untouched: MAVEN_OPTS, a settings.xml or -Dmaven.repo.local in it still apply.
    const child = spawn("mvn", args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("error", (err) => reject(new SetupError(err.code === "ENOENT" ? MAVEN_MISSING : `cannot run mvn: ${err.message}`)));
    child.on("exit", (code, signal) => {
      if (code === 0) resolve(out);
      else reject(Object.assign(new SetupError(`mvn ${args.join(" ")} failed (${signal ?? `exit ${code}`}) in ${cwd}:\n${tail(out, 30)}`), { output: out }));
    });
  });
}

/** What the build depends on: pom.xml and every file under src/ (path and content). */
function sourceStamp(dir) {
  const hash = crypto.createHash("sha256");
  const files = [path.join(dir, "pom.xml")];
  const walk = (d) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else files.push(p);
    }
  };
  walk(path.join(dir, "src"));
  for (const file of files) hash.update(path.relative(dir, file)).update("\0").update(fs.readFileSync(file)).update("\0");
  return hash.digest("hex");
}

function readClasspath(cpFile) {
  try {
    const cp = fs.readFileSync(cpFile, "utf8").trim();
    return cp && cp.split(path.delimiter).every((jar) => fs.existsSync(jar)) ? cp : null;
  } catch {
    return null;
  }
}

/**
 * Compiles the launcher and resolves the Neo4j jars (into ~/.m2) unless a previous build of the same sources is
 * there; returns {classpath} for `java -cp`. Maven's output is shown only when it fails (its tail, in the error).
 */
export async function buildNeo4j({ root, log = () => {} }) {
  const dir = path.join(root, "neo4j");
  const target = path.join(dir, "target");
  const classes = path.join(target, "classes");
  const cpFile = path.join(target, "classpath.txt");
  const stampFile = path.join(target, "sanad-build.stamp");
  const stamp = sourceStamp(dir);
  const launcherBuilt = fs.existsSync(path.join(classes, "sanad", "Launcher.class"));
  let cp = readClasspath(cpFile);
  const built = () => {
    try {
      return fs.readFileSync(stampFile, "utf8").trim() === stamp;
    } catch {
      return false;
    }
  };
  if (!(launcherBuilt && cp && built())) {
    checkMaven();
    log("compiling the launcher and resolving the Neo4j jars (cached in ~/.m2 after the first time)");
    // Written aside and renamed, so a concurrent reader never sees half a classpath.
    const tmpCp = `${cpFile}.${process.pid}.tmp`;
    const args = ["-B", "-q", "compile", "dependency:build-classpath", `-Dmdep.outputFile=${tmpCp}`];
    try {
      // With every jar of the last classpath on disk, try offline first: no network round trips at all.
      if (cp) {
        try {
          await runMaven(["-o", ...args], dir);
        } catch (err) {
          if (/COMPILATION ERROR/.test(err.output ?? "")) throw err; // online would fail the same way
          await runMaven(args, dir);
        }
      } else {
        await runMaven(args, dir);
      }
      fs.renameSync(tmpCp, cpFile);
    } finally {
      fs.rmSync(tmpCp, { force: true });
    }
    cp = readClasspath(cpFile);
    if (!cp) throw new SetupError(`the Maven build in ${dir} wrote no usable classpath to ${cpFile}`);
    fs.writeFileSync(stampFile, stamp + "\n");
  }
  return { classpath: [classes, cp].join(path.delimiter) };
}

/** Reads the password file, creating it (and its directory) with a random 24-character password, mode 0600, when missing. */
export function ensurePassword(file) {
  if (fs.existsSync(file)) {
    const existing = fs.readFileSync(file, "utf8").trim();
    if (existing.length >= 8) return existing;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const password = crypto.randomBytes(18).toString("base64url"); // 24 characters of [A-Za-z0-9_-]
  fs.writeFileSync(file, password + "\n", { mode: 0o600 });
  fs.chmodSync(file, 0o600);
  return password;
}

/** Resolves true when nothing listens on host:port. Also accepts (port, host), as setup.mjs's portFree does. */
export function portFree(host = "127.0.0.1", port = 7687) {
  if (typeof host === "number") [host, port] = [typeof port === "string" ? port : "127.0.0.1", host];
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** A port that was free a moment ago (the OS's pick), for a throw-away server. */
export function findFreePort(host = "127.0.0.1") {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen({ port: 0, host, exclusive: true }, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts the launcher and waits for its ready line. Resolves to {child, pid, uri, user, password, logs, output(),
 * stop()}; rejects with the launcher's own error line (e.g. the port is in use) if it exits first, or after
 * readyTimeoutMs (then the process is killed). `onExit(code, signal, lastLines)` hears of deaths not caused by
 * stop(). `classpath` skips buildNeo4j when the caller already has it.
 */
export async function startNeo4j({
  root,
  classpath,
  dataDir,
  host = "127.0.0.1",
  port = 7687,
  heap = "1g",
  pageCache = "512m",
  passwordFile,
  log = () => {},
  onExit,
  readyTimeoutMs = 120_000,
}) {
  if (!dataDir || !passwordFile) throw new SetupError("startNeo4j needs dataDir and passwordFile");
  classpath ??= (await buildNeo4j({ root, log })).classpath;
  const password = ensurePassword(passwordFile);
  fs.mkdirSync(dataDir, { recursive: true });
  const logs = path.join(dataDir, "logs");
  const child = spawn("java", [...JVM_FLAGS, `-Xms${heap}`, `-Xmx${heap}`, "-cp", classpath, "sanad.Launcher"], {
    cwd: root ?? process.cwd(),
    env: {
      ...process.env,
      SANAD_NEO4J_HOME: dataDir,
      SANAD_NEO4J_HOST: host,
      SANAD_NEO4J_PORT: String(port),
      SANAD_NEO4J_PAGECACHE: pageCache,
      SANAD_NEO4J_PASSWORD_FILE: passwordFile,
      // Our end of its stdin pipe closes when this process dies, however it dies: then the server stops too.
      SANAD_NEO4J_STOP_ON_STDIN_EOF: "1",
    },
    stdio: ["pipe", "pipe", "pipe"],
    detached: true, // its own process group: a terminal's Ctrl-C reaches us, and we stop it in order
  });
  child.stdin.on("error", () => {}); // EPIPE once it has exited
  const lines = []; // its last 50 lines of output, for error messages
  let ready = false;
  let stopping = false;
  const exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  const kill = (signal) => {
    try {
      child.kill(signal);
    } catch {}
  };
  const readyPromise = new Promise((resolve, reject) => {
    const fail = (message) => {
      clearTimeout(timer);
      reject(new SetupError(message));
    };
    const timer = setTimeout(() => {
      fail(`neo4j did not become ready within ${readyTimeoutMs / 1000} s (logs: ${logs})${lines.length ? `:\n${lines.slice(-15).join("\n")}` : ""}`);
      stopping = true;
      kill("SIGTERM");
      setTimeout(() => kill("SIGKILL"), 10_000).unref();
    }, readyTimeoutMs);
    const onLine = (line) => {
      lines.push(line);
      if (lines.length > 50) lines.shift();
      if (!ready && line.startsWith("neo4j ready")) {
        ready = true;
        clearTimeout(timer);
        log(line);
        resolve();
      } else if (ready && line.startsWith("error:")) {
        log(line);
      }
    };
    for (const stream of [child.stdout, child.stderr]) {
      let buf = "";
      stream.setEncoding("utf8");
      stream.on("data", (d) => {
        buf += d;
        let i;
        while ((i = buf.indexOf("\n")) >= 0) {
          onLine(buf.slice(0, i).replace(/\r$/, ""));
          buf = buf.slice(i + 1);
        }
      });
      stream.on("end", () => buf && onLine(buf));
    }
    child.once("error", (err) => fail(err.code === "ENOENT" ? JAVA_MISSING : `cannot run java: ${err.message}`));
    exited.then(({ code, signal }) => {
      if (ready) return;
      const error = lines.filter((l) => l.startsWith("error:")).pop();
      fail(error ? error.replace(/^error: /, "") : `neo4j exited (${signal ?? `code ${code}`}) before it was ready (logs: ${logs})${lines.length ? `:\n${lines.slice(-15).join("\n")}` : ""}`);
    });
  });
  await readyPromise;
  exited.then(({ code, signal }) => {
    if (!stopping) onExit?.(code, signal, lines.slice(-15));
  });
  let stopped;
  const stop = () =>
    (stopped ??= (async () => {
      stopping = true;
      if (child.exitCode !== null || child.signalCode !== null) return;
      kill("SIGTERM");
      const killer = setTimeout(() => kill("SIGKILL"), 30_000);
      await exited;
      clearTimeout(killer);
    })());
  return { child, pid: child.pid, uri: `bolt://${host}:${port}`, user: "neo4j", password, logs, output: () => lines.join("\n"), stop };
}
