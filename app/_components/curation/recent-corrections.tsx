"use client";
// The latest corrections of every kind (deleted documents included), each with Undo; the page is read again after one.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { CurationHistory } from "./curation-history";

export function RecentCorrections() {
  const router = useRouter();
  const [reloadKey, setReloadKey] = useState(0);
  const t = useTranslations("curationHistory");
  return (
    <CurationHistory
      title={t("recent")}
      limit={20}
      reloadKey={reloadKey}
      onUndone={() => {
        setReloadKey((k) => k + 1);
        router.refresh();
      }}
    />
  );
}
