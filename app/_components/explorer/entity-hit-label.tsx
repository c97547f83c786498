// One entity in a list of search hits: its type's swatch, its name in the interface language first, the other beside it.
import { typeStyle } from "@/lib/entity-types";
import { useInterfaceLocale } from "@/app/_components/shared/entity-name";

export function EntityHitLabel({ hit }: { hit: { type: string; name: string; nameAr?: string } }) {
  const arabicFirst = useInterfaceLocale() === "ar" && !!hit.nameAr;
  return (
    <>
      <span className="swatch" style={{ background: typeStyle(hit.type).color }} aria-hidden />
      {arabicFirst ? (
        <>
          <span lang="ar">{hit.nameAr}</span>
          <span className="other-name" lang="en" dir="ltr">
            {hit.name}
          </span>
        </>
      ) : (
        <>
          <span lang="en">{hit.name}</span>
          {hit.nameAr && (
            <span className="ar" lang="ar">
              {hit.nameAr}
            </span>
          )}
        </>
      )}
    </>
  );
}
