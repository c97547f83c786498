// Every page gets a Content-Security-Policy with a fresh nonce: Next puts it on its own scripts (it reads the nonce
// from the request's CSP header), so scripts run only when the server sent them — no 'unsafe-inline', no
// 'unsafe-eval' for scripts in production. Why a nonce and what each directive allows: docs/security.md.
import { NextResponse, type NextRequest } from "next/server";

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

export function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce);
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", csp);
  return response;
}

export const config = {
  matcher: [
    {
      // Pages only: API routes answer JSON (their policy is in next.config.js), static files need none.
      source: "/((?!api/|_next/static|_next/image|icon.svg|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
