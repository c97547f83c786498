"use client";
// Sends a change (curation, document management) to the API: JSON in and out, the admin token when the server asks for it.
import { useCallback, useRef, useState } from "react";

const TOKEN_KEY = "sanad-admin-token";
/** Fired on window after every change that went through: lists of corrections read themselves again. */
export const CHANGED_EVENT = "sanad:changed";

export type ChangeState =
  | { kind: "idle" }
  | { kind: "pending" }
  | { kind: "error"; message: string; fields?: Record<string, string> }
  /** The server wants SANAD_ADMIN_TOKEN: ask for it, then send the same request again. */
  | { kind: "token"; message: string };

export interface Change {
  state: ChangeState;
  send: <T>(url: string, method: string, body?: unknown) => Promise<T | null>;
  /** Keeps the token for this browser tab and sends the request that asked for it again (its caller gets the answer). */
  provideToken: (token: string) => Promise<unknown>;
  reset: () => void;
}

export function useChange(): Change {
  const [state, setState] = useState<ChangeState>({ kind: "idle" });
  const retry = useRef<(() => Promise<unknown>) | null>(null);
  const abandon = useRef<(() => void) | null>(null);

  const send = useCallback(async function send<T>(url: string, method: string, body?: unknown): Promise<T | null> {
    setState({ kind: "pending" });
    const token = window.sessionStorage.getItem(TOKEN_KEY);
    try {
      const res = await fetch(url, {
        method,
        headers: { ...(body !== undefined ? { "content-type": "application/json" } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
      const json = await res.json().catch(() => null);
      if (res.status === 401) {
        setState({ kind: "token", message: json?.error?.message ?? "this change needs the admin token" });
        // The caller keeps waiting: once a token is given the same request goes again and its answer is the caller's.
        return new Promise<T | null>((resolve) => {
          abandon.current = () => resolve(null);
          retry.current = async () => resolve(await send<T>(url, method, body));
        });
      }
      if (!res.ok) {
        setState({ kind: "error", message: json?.error?.message ?? `the server answered ${res.status}`, fields: json?.error?.fields });
        return null;
      }
      setState({ kind: "idle" });
      window.dispatchEvent(new Event(CHANGED_EVENT));
      return json as T;
    } catch {
      setState({ kind: "error", message: "the Sanad server cannot be reached" });
      return null;
    }
  }, []);

  const provideToken = useCallback(async (token: string) => {
    window.sessionStorage.setItem(TOKEN_KEY, token.trim());
    const again = retry.current;
    retry.current = null;
    abandon.current = null;
    return again?.();
  }, []);

  const reset = useCallback(() => {
    abandon.current?.();
    abandon.current = null;
    retry.current = null;
    setState({ kind: "idle" });
  }, []);
  return { state, send, provideToken, reset };
}
