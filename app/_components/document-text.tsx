// An article as text with every mention marked, coloured by type, each a link to its entity in the explorer.
import Link from "next/link";
import { typeStyle } from "@/lib/entity-types";
import { segments } from "@/lib/document-segments";
import type { DocumentMention } from "@/lib/graph/documents";

export function DocumentText({ text, lang, mentions }: { text: string; lang: string; mentions: DocumentMention[] }) {
  return (
    <article className="document-text" lang={lang} dir={lang === "ar" ? "rtl" : "ltr"} data-testid="document-text">
      {segments(text, mentions).map((s, i) =>
        "mention" in s ? (
          <Link key={i} href={`/?entity=${encodeURIComponent(s.mention.entityId)}`} className="mention-link" style={{ borderColor: typeStyle(s.mention.type).color }} title={`${s.mention.name} · ${s.mention.rule}`}>
            {s.text}
          </Link>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </article>
  );
}
