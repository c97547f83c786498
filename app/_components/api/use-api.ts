"use client";
// Fetches one API resource for a panel: loading, ready or the error body's message; a newer URL cancels the older one,
// null fetches nothing, and a new `reloadKey` fetches the same URL again (after a change).
import { useEffect, useState } from "react";

export type ApiState<T> = { kind: "loading" } | { kind: "ready"; data: T } | { kind: "error"; message: string; status: number };

export function useApi<T>(url: string | null, reloadKey: number = 0): ApiState<T> {
  const key = url === null ? null : `${url}#${reloadKey}`;
  const [state, setState] = useState<{ key: string | null; state: ApiState<T> }>({ key: null, state: { kind: "loading" } });
  useEffect(() => {
    if (!url || !key) return;
    const controller = new AbortController();
    fetch(url, { signal: controller.signal, cache: "no-store" })
      .then(async (res) => {
        const body = await res.json().catch(() => null);
        if (!res.ok) setState({ key, state: { kind: "error", message: body?.error?.message ?? `the server answered ${res.status}`, status: res.status } });
        else setState({ key, state: { kind: "ready", data: body as T } });
      })
      .catch((err: unknown) => {
        if (!controller.signal.aborted) setState({ key, state: { kind: "error", message: err instanceof Error ? err.message : "request failed", status: 0 } });
      });
    return () => controller.abort();
  }, [url, key]);
  // An answer for an older URL is never shown for a newer one.
  return state.key === key ? state.state : { kind: "loading" };
}
