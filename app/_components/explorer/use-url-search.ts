"use client";
// The page's search string as a store: our own pushState/replaceState and the browser's back/forward both update it
// at once (Next's useSearchParams catches up a render later, which leaves controls briefly showing the old state).
import { useSyncExternalStore } from "react";

const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener("popstate", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("popstate", listener);
  };
}

/** The current search string ("?a=b" or ""); on the server, the one the page was requested with. */
export function useUrlSearch(serverSearch: string): string {
  return useSyncExternalStore(
    subscribe,
    () => window.location.search,
    () => serverSearch,
  );
}

/** Changes the URL without a navigation: a new history entry, or a replaced one for continuous changes. */
export function setUrl(url: string, { replace = false } = {}) {
  window.history[replace ? "replaceState" : "pushState"](null, "", url);
  for (const listener of listeners) listener();
}
