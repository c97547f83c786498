"use client";
// The latest corrections of every kind (deleted documents included), each with Undo; the page is read again after one.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { CurationHistory } from "./curation-history";

export function RecentCorrections() {
  const router = useRouter();
  const [reloadKey, setReloadKey] = useState(0);
  return (
    <CurationHistory
      title="Recent corrections"
      limit={20}
      reloadKey={reloadKey}
      onUndone={() => {
        setReloadKey((k) => k + 1);
        router.refresh();
      }}
    />
  );
}
