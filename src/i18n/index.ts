import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { en } from "./en";
import { fi } from "./fi";
import { sv } from "./sv";

/** The languages of the interface, in the order the language switch lists them. */
export const LANGUAGES = ["en", "sv", "fi"] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language's name in itself, for the language switch. */
export const languageNames: Record<Language, string> = { en: "English", sv: "Svenska", fi: "Suomi" };

/**
 * The locale each language formats dates and numbers in: the public sector of Sweden and
 * Finland, and British English (day before month, 24-hour clock) rather than American.
 */
export const LOCALES: Record<Language, string> = { en: "en-GB", sv: "sv-SE", fi: "fi-FI" };

/** The label of the language switch in each language. */
export const languageLabels: Record<Language, string> = { en: "Language", sv: "Språk", fi: "Kieli" };

/** Where the chosen language is remembered (session-independent, per browser profile). */
export const LANGUAGE_STORAGE_KEY = "journey-mapper.language";

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

/** The language a BCP 47 tag belongs to: `sv-FI` and `sv-AX` are Swedish, `fi-FI` Finnish. */
function languageOfTag(tag: string): Language | undefined {
  const primary = tag.toLowerCase().split(/[-_]/)[0];
  return isLanguage(primary) ? primary : undefined;
}

function storedLanguage(): Language | undefined {
  try {
    const value = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(value) ? value : undefined;
  } catch {
    // Storage blocked (private window, site data off): the language is simply not remembered.
    return undefined;
  }
}

/**
 * The language to start in: the one the user chose before, else the first of the browser's
 * preferred languages that the interface speaks, else English.
 */
export function detectLanguage(): Language {
  const stored = storedLanguage();
  if (stored) return stored;
  const nav = globalThis.navigator;
  const preferred = nav?.languages?.length ? nav.languages : nav?.language ? [nav.language] : [];
  for (const tag of preferred) {
    const language = languageOfTag(tag);
    if (language) return language;
  }
  return "en";
}

/** Every user-facing string goes through here, in English, Swedish or Finnish. */
export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  lng: detectLanguage(),
  fallbackLng: "en",
  supportedLngs: [...LANGUAGES],
  resources: {
    en: { translation: en },
    sv: { translation: sv },
    fi: { translation: fi },
  },
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});

/** Screen readers, spelling and hyphenation follow the page's `lang`. */
function syncDocumentLanguage(language: string): void {
  if (typeof document !== "undefined") document.documentElement.lang = language;
}
syncDocumentLanguage(i18n.language);
i18n.on("languageChanged", syncDocumentLanguage);

export const t = i18n.t.bind(i18n);

/** The language the interface is in now. */
export function getLanguage(): Language {
  const current = i18n.resolvedLanguage ?? i18n.language;
  return isLanguage(current) ? current : "en";
}

/** Switches the interface to `language`, remembers the choice and sets the page's `lang`. */
export function setLanguage(language: Language): void {
  if (!isLanguage(language)) return;
  void i18n.changeLanguage(language);
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Storage blocked: the switch still applies to this tab.
  }
  syncDocumentLanguage(language);
}

/** The locale of the current language, for the few APIs that need one (collation, charts). */
export function getLocale(): string {
  return LOCALES[getLanguage()];
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function cached<F>(cache: Map<string, F>, options: object | undefined, make: (locale: string) => F): F {
  const locale = getLocale();
  const key = `${locale}|${options ? JSON.stringify(options) : ""}`;
  let format = cache.get(key);
  if (!format) {
    format = make(locale);
    cache.set(key, format);
  }
  return format;
}

/**
 * A date (a Date, epoch milliseconds or an ISO string) in the current language, medium date
 * style unless `options` say otherwise. An invalid date gives an empty string.
 */
export function formatDate(
  date: Date | number | string,
  options: Intl.DateTimeFormatOptions = { dateStyle: "medium" },
): string {
  const value = date instanceof Date ? date : new Date(date);
  if (Number.isNaN(value.getTime())) return "";
  return cached(dateFormats, options, (locale) => new Intl.DateTimeFormat(locale, options)).format(value);
}

/** A number in the current language: "1 234,5" in Swedish and Finnish, "1,234.5" in English. */
export function formatNumber(n: number | bigint, options?: Intl.NumberFormatOptions): string {
  return cached(numberFormats, options, (locale) => new Intl.NumberFormat(locale, options)).format(n);
}

/**
 * A calendar day stored as `yyyy-mm-dd` in the current language ("23 Nov 2026", "23 nov. 2026",
 * "23.11.2026"). Read at local noon, so no time zone moves it to the day before. Text that is
 * not such a day is shown as it is.
 */
export function formatDay(day: string, options?: Intl.DateTimeFormatOptions): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
  return formatDate(`${day}T12:00:00`, options) || day;
}

/** The locale of `language` ("sv" → "sv-SE"), for code that is handed a language explicitly. */
export function localeOf(language: string): string {
  return isLanguage(language) ? LOCALES[language] : language;
}
