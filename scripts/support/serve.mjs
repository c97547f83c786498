// How the app is served, shared by `npm start` and `npm test`: the address it binds (loopback unless SANAD_HOST says
// otherwise) and, when that address is reachable from other machines and no SANAD_ADMIN_TOKEN is set, a generated
// token that every change then needs (kept like the Neo4j password: a 0600 file under the data directory).
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export const DEFAULT_HOST = "127.0.0.1";

/** True for an address only this machine reaches. */
export function isLoopback(host) {
  const h = host.replace(/^\[|\]$/g, "").toLowerCase();
  return h === "localhost" || h === "::1" || /^127\.\d+\.\d+\.\d+$/.test(h) || /^::ffff:127\./.test(h);
}

/** Reads the token file, creating it (mode 0600) with 32 random bytes when missing. */
export function ensureToken(file) {
  if (fs.existsSync(file)) {
    const existing = fs.readFileSync(file, "utf8").trim();
    if (existing.length >= 16) return { token: existing, created: false };
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const token = crypto.randomBytes(32).toString("base64url");
  fs.writeFileSync(file, token + "\n", { mode: 0o600 });
  fs.chmodSync(file, 0o600);
  return { token, created: true };
}

/**
 * What to run to serve the app: `next start|dev -p PORT -H HOST`, with the environment it needs. `token` is set when
 * one was generated for a non-loopback address (to print once with the URL); `env.SANAD_ADMIN_TOKEN` then holds it.
 */
export function serveCommand({ nextBin, port, dev = false, env = process.env, dataDir }) {
  const host = env.SANAD_HOST || DEFAULT_HOST;
  let token = null;
  let tokenFile = null;
  const out = { ...env, SANAD_HOST: host };
  if (!isLoopback(host) && !env.SANAD_ADMIN_TOKEN) {
    tokenFile = env.SANAD_ADMIN_TOKEN_FILE || path.join(dataDir, "admin-token");
    token = ensureToken(tokenFile).token;
    out.SANAD_ADMIN_TOKEN = token;
  }
  return { args: [nextBin, dev ? "dev" : "start", "-p", String(port), "-H", host], env: out, host, token, tokenFile };
}

/** The URL people open: a wildcard address is not one to browse to. */
export function browseUrl(host, port) {
  const shown = host === "0.0.0.0" || host === "::" ? "localhost" : host.includes(":") ? `[${host}]` : host;
  return `http://${shown}:${port}`;
}

/** What `npm start` prints once, with the URL, when it generated the token (as Jupyter does). */
export function exposureNotice(serve, url) {
  if (!serve.token) return "";
  return `  ${serve.host} is reachable from other machines, so every change needs the admin token:\n    ${url}  token: ${serve.token}\n  (kept in ${serve.tokenFile}; send it as Authorization: Bearer <token>, or paste it when the app asks)\n`;
}
