"use client";
// What became of a change: its error (with the fields named), or a prompt for the admin token.
import { useState } from "react";
import type { Change } from "@/app/_components/api/use-change";

export function ChangeStatus({ change }: { change: Change }) {
  const [token, setToken] = useState("");
  const { state } = change;
  if (state.kind === "error")
    return (
      <p className="form-error" role="alert">
        {state.message}
        {state.fields ? ` (${Object.entries(state.fields).map(([k, v]) => `${k}: ${v}`).join("; ")})` : ""}
      </p>
    );
  if (state.kind === "token")
    return (
      <form
        className="token-prompt"
        onSubmit={(e) => {
          e.preventDefault();
          void change.provideToken(token);
        }}
      >
        <label>
          {state.message}
          <input type="password" value={token} onChange={(e) => setToken(e.target.value)} placeholder="admin token" autoComplete="off" required />
        </label>
        <button type="submit">Use token</button>
      </form>
    );
  return null;
}
