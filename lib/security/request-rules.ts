// The rules every /api request meets before any handler runs (proxy.ts applies them): a URL that decodes, a Host the
// app serves, writes only from the app's own origin and only as JSON, and the admin token for every change when one is
// set, with failed attempts limited. Pure: a request's parts in, a refusal (status, code, message) or null out.
import { timingSafeEqual } from "node:crypto";

export interface Refusal {
  status: number;
  code: "bad_request" | "unauthorized" | "forbidden" | "unsupported_media_type" | "misdirected" | "rate_limited";
  message: string;
  headers?: Record<string, string>;
}

export interface RequestParts {
  method: string;
  /** The raw path and query, as sent (`/api/entities/%ED%A0%80?q=…`). */
  rawUrl: string;
  headers: Headers;
  /** The client's address as the server saw it (null when unknown). */
  clientAddress: string | null;
}

export interface RuleConfig {
  /** SANAD_ADMIN_TOKEN: when set, every change needs it. */
  token?: string;
  /** SANAD_ALLOWED_HOSTS: host names the app answers to besides loopback names and IP addresses; "*" allows any. */
  allowedHosts: string[];
  /** SANAD_TRUST_PROXY: a reverse proxy in front sets X-Forwarded-For/-Host/-Proto, so they are believed. */
  trustProxy: boolean;
}

export function ruleConfig(env: Record<string, string | undefined> = process.env): RuleConfig {
  return {
    token: env.SANAD_ADMIN_TOKEN || undefined,
    allowedHosts: (env.SANAD_ALLOWED_HOSTS ?? "").split(",").map((h) => h.trim().toLowerCase()).filter(Boolean),
    trustProxy: /^(1|true|yes)$/i.test(env.SANAD_TRUST_PROXY ?? ""),
  };
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
/** POSTs that only read: they get the origin and Host rules, never the token. */
const READ_ONLY_POSTS = [/^\/api\/cypher\/?$/, /^\/api\/graph\/expand\/?$/, /^\/api\/queries\/[^/]+\/run\/?$/];

/** True when `path` (decoded or not) is a POST that only reads. */
export function isReadOnlyPost(path: string): boolean {
  return READ_ONLY_POSTS.some((re) => re.test(path));
}

/** The host name of a Host header, lower-case, without port or IPv6 brackets; null when it is not a valid host. */
export function hostName(host: string | null): string | null {
  if (!host) return null;
  const h = host.trim().toLowerCase();
  const v6 = /^\[([0-9a-f:.]+)\](?::\d{1,5})?$/.exec(h);
  if (v6) return v6[1]!;
  const m = /^([a-z0-9.-]+)(?::\d{1,5})?$/.exec(h);
  return m ? m[1]! : null;
}

const isIpLiteral = (name: string) => /^\d{1,3}(\.\d{1,3}){3}$/.test(name) || name.includes(":");

/**
 * A Host the app serves: loopback names, any IP address (an address cannot be rebound by DNS, a name can), and the
 * names in SANAD_ALLOWED_HOSTS. Anything else is a name someone pointed at this server: DNS rebinding, or a mistake.
 */
export function hostAllowed(host: string | null, config: RuleConfig): boolean {
  const name = hostName(host);
  if (!name) return false;
  if (name === "localhost" || name.endsWith(".localhost") || isIpLiteral(name)) return true;
  return config.allowedHosts.includes("*") || config.allowedHosts.includes(name);
}

function decodes(rawUrl: string): boolean {
  const q = rawUrl.indexOf("?");
  const path = q < 0 ? rawUrl : rawUrl.slice(0, q);
  const query = q < 0 ? "" : rawUrl.slice(q + 1);
  try {
    for (const segment of path.split("/")) decodeURIComponent(segment);
    // Next.js re-serialises the query before the proxy sees it, turning a malformed escape into U+FFFD (as
    // %EF%BF%BD): no one types that character, so it stands for the malformed escape it replaced.
    for (const part of query.split(/[&=]/)) if (decodeURIComponent(part.replace(/\+/g, " ")).includes("\uFFFD")) return false;
    return true;
  } catch {
    return false;
  }
}

/** The token an `Authorization: Bearer …` header carries ("" when none). */
export const bearerToken = (headers: Headers) => headers.get("authorization")?.replace(/^Bearer\s+/i, "") ?? "";

/** Whether `given` is the token, compared in constant time (lib/api-error.ts's requireAdmin uses it too). */
export const sameToken = (given: string, token: string) => {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  // Constant time, so the answer's timing says nothing about how much of a guess was right.
  return a.length === b.length && timingSafeEqual(a, b);
};

/** Failed token attempts per client address: at most FAILURES_MAX in WINDOW_MS, then 429 until the window ends. */
export const FAILURES_MAX = 10;
export const WINDOW_MS = 60_000;
/** Failed attempts from all addresses together in WINDOW_MS before everyone waits. */
export const FAILURES_MAX_ALL = 100;
const ALL = "*all*";
const failures = new Map<string, number[]>();

function recentFailures(client: string, now: number): number[] {
  const kept = (failures.get(client) ?? []).filter((t) => now - t < WINDOW_MS);
  if (kept.length) failures.set(client, kept);
  else failures.delete(client);
  // Bounded: a flood of addresses cannot grow the map without end.
  if (failures.size > 10_000) failures.delete(failures.keys().next().value!);
  return kept;
}

/** Forgets every failed attempt (tests). */
export function resetFailures() {
  failures.clear();
}

/**
 * Who a request comes from, for the rate limit: the first X-Forwarded-For address when a proxy in front is trusted,
 * else the address Next.js recorded (it writes the socket's address into X-Forwarded-For when the client sent none).
 */
export function clientOf(parts: RequestParts, config: RuleConfig): string {
  if (config.trustProxy) {
    const forwarded = parts.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
    if (forwarded) return forwarded;
  }
  return parts.clientAddress ?? "unknown";
}

/** The origin this request was sent to, as a browser would write it. */
function ownOrigins(parts: RequestParts, config: RuleConfig): string[] {
  const host = (config.trustProxy && parts.headers.get("x-forwarded-host")) || parts.headers.get("host") || "";
  const protos = config.trustProxy && parts.headers.get("x-forwarded-proto") ? [parts.headers.get("x-forwarded-proto")!.split(",")[0]!.trim()] : ["http", "https"];
  return protos.map((p) => `${p}://${host.toLowerCase()}`);
}

/** Null when the request may go on, else why not. */
export function checkRequest(parts: RequestParts, config: RuleConfig, now = Date.now()): Refusal | null {
  if (!decodes(parts.rawUrl)) return { status: 400, code: "bad_request", message: "the URL holds a malformed percent-encoding" };
  const forwardedHost = config.trustProxy ? parts.headers.get("x-forwarded-host") : null;
  if (!hostAllowed(forwardedHost ?? parts.headers.get("host"), config))
    return { status: 421, code: "misdirected", message: "this server does not answer to that host name (set SANAD_ALLOWED_HOSTS to add one)" };
  const method = parts.method.toUpperCase();
  if (SAFE_METHODS.has(method)) return null;

  // Browsers say where a request comes from; one from another site is refused whatever it carries.
  const origin = parts.headers.get("origin");
  const site = parts.headers.get("sec-fetch-site");
  if (origin !== null && !ownOrigins(parts, config).includes(origin.toLowerCase()))
    return { status: 403, code: "forbidden", message: "cross-origin requests may not change anything" };
  if (origin === null && site !== null && site !== "same-origin" && site !== "none")
    return { status: 403, code: "forbidden", message: "cross-site requests may not change anything" };

  // Only JSON, which a page on another site cannot send without a preflight the server never grants.
  const hasBody = Number(parts.headers.get("content-length") ?? "0") > 0 || parts.headers.has("transfer-encoding");
  const type = (parts.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (hasBody && type !== "application/json")
    return { status: 415, code: "unsupported_media_type", message: "send the body as application/json" };

  const path = parts.rawUrl.split("?")[0]!;
  if (!config.token || isReadOnlyPost(path)) return null;
  const client = clientOf(parts, config);
  const recent = recentFailures(client, now);
  // Also a ceiling over every address: an address the server cannot vouch for (one a client wrote into its own
  // X-Forwarded-For) could otherwise change with every guess.
  const everyone = recentFailures(ALL, now);
  const limited = recent.length >= FAILURES_MAX ? recent : everyone.length >= FAILURES_MAX_ALL ? everyone : null;
  if (limited) {
    const retryAfter = Math.max(1, Math.ceil((limited[0]! + WINDOW_MS - now) / 1000));
    return { status: 429, code: "rate_limited", message: `too many wrong tokens: try again in ${retryAfter} s`, headers: { "retry-after": String(retryAfter) } };
  }
  const given = bearerToken(parts.headers);
  if (sameToken(given, config.token)) return null;
  // Only a wrong token counts as an attempt: a page's first try goes without one and then asks for it.
  if (given) {
    failures.set(client, [...recent, now]);
    failures.set(ALL, [...everyone, now]);
  }
  return { status: 401, code: "unauthorized", message: "this change needs the admin token (Authorization: Bearer …)" };
}
