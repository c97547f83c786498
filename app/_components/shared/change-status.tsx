"use client";
// What became of a change: its error (with the fields named), or a prompt for the admin token.
import { useTranslations } from "next-intl";
import { ErrorText } from "./error-text";
import { useInterfaceLocale } from "./entity-name";
import { useState } from "react";
import type { Change } from "@/app/_components/api/use-change";

export function ChangeStatus({ change }: { change: Change }) {
  const [token, setToken] = useState("");
  const { state } = change;
  const t = useTranslations("change");
  const locale = useInterfaceLocale();
  if (state.kind === "error")
    return (
      <p className="form-error" role="alert">
        <ErrorText code={state.code} message={state.message + (state.fields ? ` (${Object.entries(state.fields).map(([k, v]) => `${k}: ${v}`).join("; ")})` : "")} />
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
          {locale === "en" ? state.message : t("tokenNeeded")}
          <input type="password" value={token} onChange={(e) => setToken(e.target.value)} placeholder={t("tokenPlaceholder")} autoComplete="off" required />
        </label>
        <button type="submit">{t("useToken")}</button>
      </form>
    );
  return null;
}
