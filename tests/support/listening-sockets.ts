// Where a port listens, read from Linux's /proc/net/tcp and tcp6: the binding tests of Neo4j and the app share it.
import fs from "node:fs";

export const canReadSockets = () => fs.existsSync("/proc/net/tcp");

/** Local addresses of the sockets listening on `port`. */
export function listeners(port: number): string[] {
  const out: string[] = [];
  for (const file of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    if (!fs.existsSync(file)) continue;
    for (const line of fs.readFileSync(file, "utf8").split("\n").slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols.length < 4 || cols[3] !== "0A") continue; // 0A: LISTEN
      const [hexAddr, hexPort] = cols[1]!.split(":");
      if (parseInt(hexPort!, 16) !== port) continue;
      // IPv4 is one little-endian word; IPv6 four. An IPv4-mapped address ends in the IPv4 word.
      const last = hexAddr!.slice(-8);
      const v4 = [3, 2, 1, 0].map((i) => parseInt(last.slice(i * 2, i * 2 + 2), 16)).join(".");
      out.push(hexAddr!.length === 8 ? v4 : hexAddr === "00000000000000000000000001000000" ? "::1" : /^0{16}FFFF0000/i.test(hexAddr!) ? `::ffff:${v4}` : `[${hexAddr}]`);
    }
  }
  return out;
}

export const isLoopback = (a: string) => /^(127\.|::ffff:127\.)/.test(a) || a === "::1";
