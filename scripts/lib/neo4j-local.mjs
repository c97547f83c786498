// Builds and runs the local Neo4j (neo4j/: Maven project + sanad.Launcher) with plain `java -cp`; dependency-free.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { SetupError } from "./setup.mjs";

// The flags Neo4j's own server scripts pass on Java 17+, so the kernel and Netty can reach the JDK internals they use.
export const JVM_FLAGS = [
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "--add-opens=java.base/java.lang=ALL-UNNAMED",
  "--add-opens=java.base/java.util=ALL-UNNAMED",
  "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
  "--add-opens=java.base/java.net=ALL-UNNAMED",
  "--add-opens=java.base/jdk.internal.misc=ALL-UNNAMED",
  "--add-exports=java.base/sun.nio.ch=ALL-UNNAMED",
  "--add-exports=jdk.unsupported/sun.misc=ALL-UNNAMED",
  "-Dio.netty.tryReflectionSetAccessible=true",
  "-Djdk.nio.maxCachedBufferSize=1024",
  "-XX:+UseG1GC",
  "-XX:-OmitStackTraceInFastThrow",
  "-XX:+DisableExplicitGC",
  "-XX:+ExitOnOutOfMemoryError",
];

/** Throws a one-line SetupError unless `java` 17+ is on PATH; returns the major version. */
export function checkJava() {
  const res = spawnSync("java", ["-version"], { encoding: "utf8" });
  if (res.error) throw new SetupError('Java 17+ is required but "java" was not found on PATH — install OpenJDK 17 (apt-get install openjdk-17-jdk-headless) or set NEO4J_URI');
  // `java -version` writes to stderr: `openjdk version "17.0.15"` (or "1.8.0_x" for Java 8).
  const match = `${res.stderr}${res.stdout}`.match(/version "(\d+)(?:\.(\d+))?/);
  const major = match ? (match[1] === "1" ? Number(match[2]) : Number(match[1])) : 0;
  if (major < 17) throw new SetupError(`Java 17+ is required (found ${match ? `Java ${major}` : "an unknown version"}) — install OpenJDK 17 or set NEO4J_URI`);
  return major;
}

export function checkMaven() {
  try {
    execFileSync("mvn", ["-v"], { stdio: "ignore" });
  } catch (err) {
    if (err.code === "ENOENT") throw new SetupError('Maven 3.8+ is required but "mvn" was not found on PATH — install it (apt-get install maven) or set NEO4J_URI');
    throw new SetupError(`"mvn -v" failed: ${err.message}`);
  }
}

function mtime(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

function runMaven(args, cwd) {
  return new Promise((resolve, reject) => {
    const child = spawn("mvn", args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("error", (err) => reject(new SetupError(`cannot run mvn: ${err.message}`)));
    child.on("exit", (code) => (code === 0 ? resolve(out) : reject(Object.assign(new SetupError(`mvn ${args.join(" ")} failed:\n${out.trim().split("\n").slice(-20).join("\n")}`), { output: out }))));
  });
}

/** Builds neo4j/ when its classes or classpath are missing or older than the sources; returns the -cp string. */
export async function buildNeo4j({ root, log = () => {} }) {
  const dir = path.join(root, "neo4j");
  const classes = path.join(dir, "target", "classes");
  const launcherClass = path.join(classes, "sanad", "Launcher.class");
  const cpFile = path.join(dir, "target", "classpath.txt");
  const pom = path.join(dir, "pom.xml");
  const source = path.join(dir, "src", "main", "java", "sanad", "Launcher.java");
  const jarsPresent = () => fs.existsSync(cpFile) && fs.readFileSync(cpFile, "utf8").trim().split(path.delimiter).every((jar) => fs.existsSync(jar));
  const fresh = mtime(launcherClass) > Math.max(mtime(source), mtime(pom)) && mtime(cpFile) > mtime(pom) && jarsPresent();
  if (!fresh) {
    checkMaven();
    log("compiling the launcher and resolving the Neo4j jars (cached in ~/.m2 after the first time)");
    await runMaven(["-B", "-q", "compile", "dependency:build-classpath", `-Dmdep.outputFile=${cpFile}`], dir);
    // Maven leaves an unchanged classpath file (and up-to-date classes) untouched: mark both as built now.
    const now = new Date();
    for (const file of [cpFile, launcherClass]) fs.utimesSync(file, now, now);
  }
  return { classpath: [classes, fs.readFileSync(cpFile, "utf8").trim()].join(path.delimiter) };
}

/** Reads the password file, creating it (mode 0600) with a random password when missing. */
export function ensurePassword(file) {
  if (fs.existsSync(file)) {
    const existing = fs.readFileSync(file, "utf8").trim();
    if (existing.length >= 8) return existing;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const password = crypto.randomBytes(18).toString("base64url");
  fs.writeFileSync(file, password + "\n", { mode: 0o600 });
  fs.chmodSync(file, 0o600);
  return password;
}

export function portFree(port, host = "127.0.0.1") {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

export function findFreePort(host = "127.0.0.1") {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, host, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts the launcher and waits for its ready line. Resolves to {child, pid, uri, user, password, stop()};
 * rejects with the launcher's own error line if it exits first. `onExit` hears of deaths not caused by stop().
 */
export async function startNeo4j({ root, classpath, dataDir, host = "127.0.0.1", port = 7687, heap = "1g", pageCache = "512m", passwordFile, log = () => {}, onExit, readyTimeoutMs = 120_000 }) {
  classpath ??= (await buildNeo4j({ root, log })).classpath;
  const password = ensurePassword(passwordFile);
  fs.mkdirSync(dataDir, { recursive: true });
  const child = spawn("java", [...JVM_FLAGS, `-Xms${heap}`, `-Xmx${heap}`, "-cp", classpath, "sanad.Launcher"], {
    cwd: root,
    env: {
      ...process.env,
      SANAD_NEO4J_HOME: dataDir,
      SANAD_NEO4J_HOST: host,
      SANAD_NEO4J_PORT: String(port),
      SANAD_NEO4J_PAGECACHE: pageCache,
      SANAD_NEO4J_PASSWORD_FILE: passwordFile,
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true, // its own process group: a terminal's Ctrl-C reaches us, and we stop it in order
  });
  const tail = [];
  let stopping = false;
  const exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new SetupError(`neo4j did not become ready within ${readyTimeoutMs / 1000} s (logs: ${path.join(dataDir, "logs")})`)), readyTimeoutMs);
    const onLine = (line) => {
      tail.push(line);
      if (tail.length > 50) tail.shift();
      if (line.startsWith("neo4j ready")) {
        clearTimeout(timer);
        log(line);
        resolve();
      }
    };
    for (const stream of [child.stdout, child.stderr]) {
      let buf = "";
      stream.on("data", (d) => {
        buf += d;
        let i;
        while ((i = buf.indexOf("\n")) >= 0) {
          onLine(buf.slice(0, i));
          buf = buf.slice(i + 1);
        }
      });
    }
    child.once("error", (err) => {
      clearTimeout(timer);
      reject(new SetupError(`cannot run java: ${err.message}`));
    });
    exited.then(({ code, signal }) => {
      clearTimeout(timer);
      const error = tail.filter((l) => l.startsWith("error:")).pop();
      reject(new SetupError(error ? error.replace(/^error: /, "") : `neo4j exited (${signal ?? `code ${code}`}) before it was ready:\n${tail.slice(-15).join("\n")}`));
    });
  });
  await ready;
  exited.then(({ code, signal }) => {
    if (!stopping) onExit?.(code, signal, tail.slice(-15));
  });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    stopping = true;
    child.kill("SIGTERM");
    const killer = setTimeout(() => child.kill("SIGKILL"), 30_000);
    await exited;
    clearTimeout(killer);
  };
  return { child, pid: child.pid, uri: `bolt://${host}:${port}`, user: "neo4j", password, stop };
}
