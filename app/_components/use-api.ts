"use client";
// Fetches one API resource for a panel: loading, ready or the error body's message; a newer URL cancels the older one.
import { useEffect, useState } from "react";

export type ApiState<T> = { kind: "loading" } | { kind: "ready"; data: T } | { kind: "error"; message: string };

/** `reloadKey`: a new value fetches the same URL again (after a change). */
export function useApi<T>(url: string, reloadKey: number = 0): ApiState<T> {
  const [state, setState] = useState<ApiState<T>>({ kind: "loading" });
  useEffect(() => {
    const controller = new AbortController();
    fetch(url, { signal: controller.signal, cache: "no-store" })
      .then(async (res) => {
        const body = await res.json().catch(() => null);
        if (!res.ok) setState({ kind: "error", message: body?.error?.message ?? `the server answered ${res.status}` });
        else setState({ kind: "ready", data: body as T });
      })
      .catch((err: unknown) => {
        if (!controller.signal.aborted) setState({ kind: "error", message: err instanceof Error ? err.message : "request failed" });
      });
    return () => {
      controller.abort();
      setState({ kind: "loading" });
    };
  }, [url, reloadKey]);
  return state;
}
