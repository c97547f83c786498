"use client";
// The language switch in every page's header: remembers the choice in a cookie and reloads the same URL (the view
// lives in the URL), dropping a shared link's ?lang= so the reader's choice is what shows. docs/i18n.md.
import { useLocale, useTranslations } from "next-intl";
import { CHOICE_MAX_AGE, DIGITS_COOKIE, LOCALE_COOKIE, baseLocale, type Locale } from "@/lib/i18n/locales";

function remember(name: string, value: string) {
  document.cookie = `${name}=${value}; path=/; max-age=${CHOICE_MAX_AGE}; samesite=lax`;
}

function reloadWithoutLang() {
  const url = new URL(window.location.href);
  url.searchParams.delete("lang");
  window.location.replace(url.toString());
}

export function LanguageSwitch() {
  const t = useTranslations("language");
  const tag = useLocale();
  const locale = baseLocale(tag);
  const other = t("switchToLang") as Locale;
  const digits = tag.includes("-nu-arab") ? "arab" : "latn";
  return (
    <div className="language-switch">
      <button
        type="button"
        lang={other}
        dir={other === "ar" ? "rtl" : "ltr"}
        title={t("switchHint")}
        data-testid="language-switch"
        onClick={() => {
          remember(LOCALE_COOKIE, other);
          reloadWithoutLang();
        }}
      >
        {t("switchTo")}
      </button>
      {locale === "ar" && (
        <label className="digits-setting">
          <span>{t("digits")}</span>
          <select
            value={digits}
            data-testid="digits-setting"
            onChange={(e) => {
              remember(DIGITS_COOKIE, e.target.value);
              reloadWithoutLang();
            }}
          >
            <option value="latn">{t("digitsLatn")}</option>
            <option value="arab">{t("digitsArab")}</option>
          </select>
        </label>
      )}
    </div>
  );
}
