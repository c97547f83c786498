// The lint rule that keeps interface text in the catalogues (eslint.config.mjs, docs/i18n.md) really fails on a literal.
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: process.cwd() });
const file = "app/_components/shared/any-new-component.tsx";

async function problems(code: string) {
  const [result] = await eslint.lintText(code, { filePath: file });
  return result!.messages.filter((m) => m.message.includes("messages/en.json")).map((m) => m.ruleId);
}

describe("interface text in a component", () => {
  it("fails lint when written between tags", async () => {
    expect(await problems(`export function A() { return <p>No relations yet</p>; }\n`)).toEqual(["i18next/no-literal-string"]);
    expect(await problems(`export function A() { return <p>لا علاقات</p>; }\n`)).toEqual(["i18next/no-literal-string"]);
  });

  it("fails lint when written in an attribute people read", async () => {
    expect(await problems(`export function A() { return <button aria-label="Close" title="Close panel" />; }\n`)).toEqual([
      "no-restricted-syntax",
      "no-restricted-syntax",
    ]);
    expect(await problems(`export function A() { return <input placeholder="Search" />; }\n`)).toEqual(["no-restricted-syntax"]);
  });

  it("passes text from the catalogue, punctuation and non-text attributes", async () => {
    const code = `import { useTranslations } from "next-intl";
export function A({ n }: { n: number }) {
  const t = useTranslations("counts");
  return <p className="meta" data-testid="x" aria-label={t("relations", { count: n })}>{t("relations", { count: n })} · — 42</p>;
}\n`;
    expect(await problems(code)).toEqual([]);
  });
}, 60_000);
