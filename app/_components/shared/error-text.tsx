"use client";
// An API error in the interface language: the API keeps its codes and English messages; the interface words the code.
// In English the server's message is shown as it is; in Arabic the worded code, then the server's detail marked as English.
import { useMessages, useTranslations } from "next-intl";
import type { Messages } from "@/lib/i18n/catalogues";
import { useInterfaceLocale } from "./entity-name";

export function useErrorWords() {
  const messages = useMessages() as Messages;
  return (code: string | undefined) => (code && Object.hasOwn(messages.errors, code) ? messages.errors[code as keyof Messages["errors"]] : messages.errors.unknown);
}

export function ErrorText({ code, message }: { code?: string; message: string }) {
  const locale = useInterfaceLocale();
  const words = useErrorWords();
  const t = useTranslations("errors");
  if (locale === "en") return <>{message}</>;
  return (
    <>
      {words(code)}{" "}
      {message && (
        <span className="error-detail" title={t("detail")}>
          (
          <span lang="en" dir="ltr">
            {message}
          </span>
          )
        </span>
      )}
    </>
  );
}
