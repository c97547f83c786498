"use client";
// The entity type field of the curation forms: every type, named in the interface language.
import { useTranslations } from "next-intl";
import { useRelationWording } from "@/app/_components/shared/relation-words";
import { ENTITY_TYPES } from "@/lib/entity-types";

export function EntityTypeSelect({ value, onChange }: { value: string; onChange: (type: string) => void }) {
  const t = useTranslations("curation");
  const wording = useRelationWording();
  return (
    <label>
      {t("type")}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {Object.keys(ENTITY_TYPES).map((type) => (
          <option key={type} value={type}>
            {wording.entityType(type)}
          </option>
        ))}
      </select>
    </label>
  );
}
