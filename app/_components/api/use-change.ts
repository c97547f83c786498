"use client";
// Sends a change (curation, documents, saved queries) to the API and asks for the admin token when the server wants it.
import { useCallback, useRef, useState } from "react";
import { request, storeToken, toRequestError } from "./request";

/** Fired on window after every change that went through: lists of corrections read themselves again. */
export const CHANGED_EVENT = "sanad:changed";

export type ChangeState =
  | { kind: "idle" }
  | { kind: "pending" }
  | { kind: "error"; code: string; message: string; fields?: Record<string, string> }
  /** The server wants SANAD_ADMIN_TOKEN: ask for it, then send the same request again. */
  | { kind: "token"; message: string };

/** A change that went through, with the server's answer (null when it had no body). */
export interface Done<T> {
  data: T;
}

export interface Change {
  state: ChangeState;
  /** Resolves once the change went through, or to null when it did not (the state says why). */
  send: <T = unknown>(url: string, method: "POST" | "PUT" | "DELETE", body?: unknown) => Promise<Done<T> | null>;
  /** Keeps the token for this browser tab and sends the request that asked for it again (its caller gets the answer). */
  provideToken: (token: string) => Promise<unknown>;
  reset: () => void;
}

export function useChange(): Change {
  const [state, setState] = useState<ChangeState>({ kind: "idle" });
  const retry = useRef<(() => Promise<unknown>) | null>(null);
  const abandon = useRef<(() => void) | null>(null);

  const send = useCallback(async function send<T>(url: string, method: "POST" | "PUT" | "DELETE", body?: unknown): Promise<Done<T> | null> {
    // A new change replaces one still waiting for the token: its caller learns it did not go through.
    abandon.current?.();
    abandon.current = null;
    retry.current = null;
    setState({ kind: "pending" });
    try {
      const data = await request<T>(url, { method, body });
      setState({ kind: "idle" });
      window.dispatchEvent(new Event(CHANGED_EVENT));
      return { data };
    } catch (err) {
      const error = toRequestError(err);
      if (error.status === 401) {
        setState({ kind: "token", message: error.message });
        // The caller keeps waiting: once a token is given the same request goes again and its answer is the caller's.
        return new Promise<Done<T> | null>((resolve) => {
          abandon.current = () => resolve(null);
          retry.current = async () => resolve(await send<T>(url, method, body));
        });
      }
      setState({ kind: "error", code: error.code, message: error.message, fields: error.fields });
      return null;
    }
  }, []);

  const provideToken = useCallback(async (token: string) => {
    storeToken(token);
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
