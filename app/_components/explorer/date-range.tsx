"use client";
// The explorer's date range: two days kept in the URL (?since=&until=); the graph, the evidence and the paths keep to
// articles published between them.
import { useTranslations } from "next-intl";

export function DateRange({ since, until, onChange }: { since: string | null; until: string | null; onChange: (range: { since: string | null; until: string | null }) => void }) {
  const t = useTranslations("dateRange");
  return (
    <fieldset className="date-range" data-testid="date-range">
      <legend>{t("label")}</legend>
      <label>
        {t("since")}{" "}
        <input
          type="date"
          name="since"
          value={since ?? ""}
          max={until ?? undefined}
          onChange={(e) => onChange({ since: e.target.value || null, until })}
        />
      </label>{" "}
      <label>
        {t("until")}{" "}
        <input
          type="date"
          name="until"
          value={until ?? ""}
          min={since ?? undefined}
          onChange={(e) => onChange({ since, until: e.target.value || null })}
        />
      </label>{" "}
      {(since || until) && (
        <button type="button" onClick={() => onChange({ since: null, until: null })}>
          {t("clear")}
        </button>
      )}
    </fieldset>
  );
}
