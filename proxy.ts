// Every page gets a Content-Security-Policy with a fresh nonce: Next puts it on its own scripts (it reads the nonce
// from the request's CSP header), so scripts run only when the server sent them — no 'unsafe-inline', no
// 'unsafe-eval' for scripts in production. Why a nonce and what each directive allows: docs/security.md.
// Every /api request first meets the request rules (lib/security/request-rules.ts): one place, before any handler.
import { NextResponse, type NextRequest } from "next/server";
import { checkRequest, ruleConfig } from "./lib/security/request-rules";
import { QUERY_LOCALE_HEADER } from "./lib/i18n/locales";

export function contentSecurityPolicy(nonce: string, dev = process.env.NODE_ENV === "development") {
  return [
    "default-src 'self'",
    // 'strict-dynamic': scripts a nonced script loads (Next's chunks, the editor's) are trusted; React needs eval in dev only.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // The Cypher editor (CodeMirror) injects <style> elements and the canvas and panels set style attributes.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

// Read from the environment once, on the first API request (not per request: the environment does not change).
let rules: ReturnType<typeof ruleConfig> | undefined;

function guardApi(request: NextRequest) {
  // The raw URL as sent: request.nextUrl would already have decoded (or choked on) a malformed escape.
  const raw = request.url.replace(/^[a-z]+:\/\/[^/]*/i, "");
  const refusal = checkRequest({ method: request.method, rawUrl: raw, headers: request.headers, clientAddress: request.headers.get("x-forwarded-for") }, (rules ??= ruleConfig()));
  if (!refusal) return NextResponse.next();
  return NextResponse.json({ error: { code: refusal.code, message: refusal.message } }, { status: refusal.status, headers: refusal.headers });
}

export function proxy(request: NextRequest) {
  if (request.nextUrl.pathname.startsWith("/api/") || request.nextUrl.pathname === "/api") return guardApi(request);
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce);
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  // A shared link's ?lang= reaches the page's language choice (lib/i18n/request.ts) as a header; never the client's own.
  headers.delete(QUERY_LOCALE_HEADER);
  const lang = request.nextUrl.searchParams.get("lang");
  if (lang) headers.set(QUERY_LOCALE_HEADER, lang);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", csp);
  return response;
}

export const config = {
  matcher: [
    // Every API request, prefetch or not: the request rules.
    "/api/:path*",
    {
      // Pages: a CSP with a nonce (API routes answer JSON, their policy is in next.config.js; static files need none).
      source: "/((?!api/|_next/static|_next/image|icon.svg|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
