// The browser's one way to the API: JSON in and out, one error shape, the admin token, aborts, and a retry of reads
// when the network fails. Components and hooks call `request` (or the hooks beside it), never `fetch`.

/** Where this browser tab keeps the admin token once someone has given it. */
const TOKEN_KEY = "sanad-admin-token";
/** Pauses before trying a read again after the network failed; past the last, the failure is the caller's. */
const READ_RETRY_MS = [300, 1_000];

/** An error as the API answers it: `{error: {code, message, fields?}}`. */
export interface ApiError {
  code: string;
  message: string;
  fields?: Record<string, string>;
}

/** A request that did not go through: the API's error with its HTTP status, or status 0 when no answer came. */
export class RequestError extends Error implements ApiError {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = "RequestError";
  }

  /** The caller cancelled it (a newer request replaced it, or the component went away): nothing to show. */
  get aborted() {
    return this.code === "aborted";
  }
}

export interface RequestOptions {
  method?: "GET" | "POST" | "PUT" | "DELETE";
  /** Sent as JSON. */
  body?: unknown;
  signal?: AbortSignal;
}

/** Keeps the admin token for this tab: every later request carries it. */
export function storeToken(token: string) {
  try {
    window.sessionStorage.setItem(TOKEN_KEY, token.trim());
  } catch {
    // Storage can be switched off; the token then lasts no longer than the request it was given for.
  }
}

function storedToken(): string | null {
  try {
    return window.sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

const unreachable = () => new RequestError(0, "network", "the Sanad server cannot be reached");
const cancelled = () => new RequestError(0, "aborted", "the request was cancelled");

/** Any failure as a RequestError, so callers handle one shape. */
export function toRequestError(err: unknown): RequestError {
  if (err instanceof RequestError) return err;
  if (err instanceof DOMException && err.name === "AbortError") return cancelled();
  return new RequestError(0, "network", err instanceof Error ? err.message : String(err));
}

function pause(ms: number, signal?: AbortSignal) {
  return new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(cancelled());
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        reject(cancelled());
      },
      { once: true },
    );
  });
}

/**
 * Sends one request and resolves to the answer's JSON (null for an answer without a body, such as 204); rejects with a
 * RequestError. The admin token goes with every request once this tab has it: the server decides which need it.
 * A read (GET) the network failed is tried again; a change is not, since it may have arrived.
 */
export async function request<T>(url: string, { method = "GET", body, signal }: RequestOptions = {}): Promise<T> {
  const token = storedToken();
  const headers: Record<string, string> = {};
  if (body !== undefined) headers["content-type"] = "application/json";
  if (token) headers.authorization = `Bearer ${token}`;
  const init: RequestInit = { method, headers, cache: "no-store", signal, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) };

  let res: Response | null = null;
  for (let attempt = 0; !res; attempt++) {
    try {
      res = await fetch(url, init);
    } catch {
      if (signal?.aborted) throw cancelled();
      if (method !== "GET" || attempt >= READ_RETRY_MS.length) throw unreachable();
      await pause(READ_RETRY_MS[attempt]!, signal);
    }
  }
  const json = await res.json().catch(() => null);
  if (signal?.aborted) throw cancelled();
  if (!res.ok) {
    const error = json?.error as Partial<ApiError> | undefined;
    const message = error?.message ?? (res.status === 401 ? "this change needs the admin token" : `the server answered ${res.status}`);
    throw new RequestError(res.status, error?.code ?? "internal", message, error?.fields);
  }
  return json as T;
}
