"use client";
// Reads one API resource for a panel: loading, ready or the error body's message; a newer URL cancels the older one,
// null reads nothing, a new `reloadKey` reads the same URL again (after a change), and `delayMs` waits for typing to pause.
import { useEffect, useState } from "react";
import { request, toRequestError } from "./request";

export type ApiState<T> = { kind: "loading" } | { kind: "ready"; data: T } | { kind: "error"; code: string; message: string; status: number };

export function useApi<T>(url: string | null, reloadKey: number = 0, delayMs: number = 0): ApiState<T> {
  const key = url === null ? null : `${url}#${reloadKey}`;
  const [state, setState] = useState<{ key: string | null; state: ApiState<T> }>({ key: null, state: { kind: "loading" } });
  useEffect(() => {
    if (!url || !key) return;
    const controller = new AbortController();
    const read = () =>
      request<T>(url, { signal: controller.signal })
        .then((data) => setState({ key, state: { kind: "ready", data } }))
        .catch((err: unknown) => {
          const error = toRequestError(err);
          if (!error.aborted) setState({ key, state: { kind: "error", code: error.code, message: error.message, status: error.status } });
        });
    let timer: ReturnType<typeof setTimeout> | undefined;
    if (delayMs > 0) timer = setTimeout(read, delayMs);
    else void read();
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [url, key, delayMs]);
  // An answer for an older URL is never shown for a newer one.
  return state.key === key ? state.state : { kind: "loading" };
}
