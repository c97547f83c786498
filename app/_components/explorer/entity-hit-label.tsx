// One entity in a list of search hits: its type's swatch, its English name and its Arabic one.
import { typeStyle } from "@/lib/entity-types";

export function EntityHitLabel({ hit }: { hit: { type: string; name: string; nameAr?: string } }) {
  return (
    <>
      <span className="swatch" style={{ background: typeStyle(hit.type).color }} aria-hidden />
      <span>{hit.name}</span>
      {hit.nameAr && (
        <span className="ar" lang="ar">
          {hit.nameAr}
        </span>
      )}
    </>
  );
}
