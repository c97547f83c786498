import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { request, RequestError, storeToken } from "./request";

const json = (status: number, body: unknown) => new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

let fetchMock: ReturnType<typeof vi.fn>;
let storage: Map<string, string>;

beforeEach(() => {
  storage = new Map();
  fetchMock = vi.fn();
  vi.stubGlobal("fetch", fetchMock);
  vi.stubGlobal("window", { sessionStorage: { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: string) => storage.set(k, v) } });
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

async function failure(promise: Promise<unknown>): Promise<RequestError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(RequestError);
  return err as RequestError;
}

describe("request", () => {
  it("sends JSON and resolves to the answer's JSON; an answer without a body is null", async () => {
    fetchMock.mockResolvedValueOnce(json(200, { slug: "q" })).mockResolvedValueOnce(new Response(null, { status: 204 }));
    expect(await request("/api/queries", { method: "POST", body: { slug: "q" } })).toEqual({ slug: "q" });
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe("/api/queries");
    expect(init).toMatchObject({ method: "POST", body: '{"slug":"q"}', headers: { "content-type": "application/json" } });
    expect(await request("/api/queries/q", { method: "DELETE" })).toBeNull();
  });

  it("rejects with the API's error body, or says which status came when there is none", async () => {
    fetchMock
      .mockResolvedValueOnce(json(400, { error: { code: "invalid", message: "invalid saved query", fields: { slug: "taken" } } }))
      .mockResolvedValueOnce(new Response("<html>bad gateway</html>", { status: 502 }))
      .mockResolvedValueOnce(new Response("", { status: 401 }));
    expect(await failure(request("/api/queries", { method: "POST", body: {} }))).toMatchObject({ status: 400, code: "invalid", message: "invalid saved query", fields: { slug: "taken" } });
    expect(await failure(request("/api/graph"))).toMatchObject({ status: 502, code: "internal", message: "the server answered 502" });
    expect(await failure(request("/api/curation", { method: "POST", body: {} }))).toMatchObject({ status: 401, message: "this change needs the admin token" });
  });

  it("carries the admin token once the tab has one", async () => {
    fetchMock.mockResolvedValue(json(200, {}));
    await request("/api/curation", { method: "POST", body: {} });
    expect(fetchMock.mock.calls[0]![1].headers.authorization).toBeUndefined();
    storeToken("  s3cret ");
    await request("/api/curation", { method: "POST", body: {} });
    expect(fetchMock.mock.calls[1]![1].headers.authorization).toBe("Bearer s3cret");
  });

  it("tries a read again when the network fails, but never a change", async () => {
    vi.useFakeTimers();
    fetchMock.mockRejectedValueOnce(new TypeError("Failed to fetch")).mockRejectedValueOnce(new TypeError("Failed to fetch")).mockResolvedValueOnce(json(200, { ok: true }));
    const read = request("/api/graph");
    await vi.runAllTimersAsync();
    expect(await read).toEqual({ ok: true });
    expect(fetchMock).toHaveBeenCalledTimes(3);

    fetchMock.mockReset().mockRejectedValue(new TypeError("Failed to fetch"));
    const change = failure(request("/api/curation", { method: "POST", body: {} }));
    await vi.runAllTimersAsync();
    expect(await change).toMatchObject({ status: 0, code: "network", message: "the Sanad server cannot be reached" });
    expect(fetchMock).toHaveBeenCalledTimes(1);

    fetchMock.mockClear();
    const gone = failure(request("/api/graph"));
    await vi.runAllTimersAsync();
    expect((await gone).code).toBe("network");
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });

  it("an aborted request rejects as aborted, also while it waits to try again", async () => {
    vi.useFakeTimers();
    fetchMock.mockImplementation((_url: string, init: RequestInit) => Promise.reject(init.signal?.aborted ? new DOMException("aborted", "AbortError") : new TypeError("Failed to fetch")));
    const controller = new AbortController();
    const read = failure(request("/api/search?q=x", { signal: controller.signal }));
    await vi.advanceTimersByTimeAsync(100);
    controller.abort();
    expect((await read).aborted).toBe(true);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});
