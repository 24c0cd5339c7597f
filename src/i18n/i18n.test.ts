import { afterEach, describe, expect, it } from "vitest";
import { en } from "./en";
import { fi } from "./fi";
import {
  detectLanguage,
  formatDate,
  formatNumber,
  getLanguage,
  getLocale,
  i18n,
  LANGUAGE_STORAGE_KEY,
  LANGUAGES,
  type Language,
  setLanguage,
  t,
} from "./index";
import { sv } from "./sv";

type Tree = { readonly [key: string]: string | Tree };

/** Every leaf of a nested string object, keyed by its dotted path. */
function flatten(tree: Tree, prefix = "", out = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else flatten(value, path, out);
  }
  return out;
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** A key with its plural suffix taken off, so plural groups compare as one key. */
const baseKey = (path: string) => path.replace(PLURAL_SUFFIX, "");

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([^}]+?)\s*\}\}/g)].map((m) => m[1]).sort();

const english = flatten(en);
const translations: Record<Exclude<Language, "en">, Map<string, string>> = {
  sv: flatten(sv),
  fi: flatten(fi),
};

describe("translations", () => {
  it("covers the languages of the interface", () => {
    expect(Object.keys(translations).sort()).toEqual(LANGUAGES.filter((l) => l !== "en").sort());
  });

  it("has no empty strings in English", () => {
    expect([...english].filter(([, text]) => text.trim() === "").map(([key]) => key)).toEqual([]);
  });

  describe.each(Object.entries(translations))("%s", (language, strings) => {
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    const englishBases = new Set([...english.keys()].map(baseKey));
    const bases = new Set([...strings.keys()].map(baseKey));

    it("has every key of English", () => {
      expect([...englishBases].filter((key) => !bases.has(key))).toEqual([]);
    });

    it("has no key that English lacks", () => {
      expect([...bases].filter((key) => !englishBases.has(key))).toEqual([]);
    });

    it("has every plural form its language needs, and no other", () => {
      const pluralBases = new Set([...english.keys()].filter((k) => PLURAL_SUFFIX.test(k)).map(baseKey));
      const wrong: string[] = [];
      for (const base of pluralBases) {
        for (const category of categories) {
          if (!strings.has(`${base}_${category}`)) wrong.push(`missing ${base}_${category}`);
        }
      }
      for (const key of strings.keys()) {
        const suffix = PLURAL_SUFFIX.exec(key)?.[1];
        // `_zero` is i18next's optional special case for a count of 0 in any language.
        if (suffix && suffix !== "zero" && !categories.includes(suffix as Intl.LDMLPluralRule)) {
          wrong.push(`not a plural form of ${language}: ${key}`);
        }
      }
      expect(wrong).toEqual([]);
    });

    it("keeps the placeholders of English", () => {
      const wrong: string[] = [];
      for (const [key, text] of strings) {
        // Compare with the same key in English, or for a plural form English lacks, with `_other`.
        const source = english.get(key) ?? english.get(`${baseKey(key)}_other`);
        if (source === undefined) continue;
        const expected = placeholders(source).join(", ");
        const actual = placeholders(text).join(", ");
        if (expected !== actual) wrong.push(`${key}: {{${expected}}} in English, {{${actual}}} here`);
      }
      expect(wrong).toEqual([]);
    });

    it("has no empty strings", () => {
      expect([...strings].filter(([, text]) => text.trim() === "").map(([key]) => key)).toEqual([]);
    });
  });
});

describe("language", () => {
  afterEach(() => {
    setLanguage("en");
    localStorage.clear();
  });

  it("starts in English in a browser that prefers English", () => {
    expect(getLanguage()).toBe("en");
    expect(document.documentElement.lang).toBe("en");
  });

  it("is remembered, changes every string and the page's lang", () => {
    setLanguage("sv");
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe("sv");
    expect(document.documentElement.lang).toBe("sv");
    expect(i18n.language).toBe("sv");
    expect(t("journeys.title")).toBe("Kundresor");
    expect(t("pains.countThunderclouds", { count: 2 })).toBe("2 åskmoln");

    setLanguage("fi");
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe("fi");
    expect(document.documentElement.lang).toBe("fi");
    expect(t("journeys.steps", { count: 1 })).toBe("1 askel");
    expect(t("journeys.steps", { count: 3 })).toBe("3 askelta");
    expect(t("tracker.count", { count: 5, n: "5" })).toBe("5 kipupistettä");
  });

  it("prefers the remembered language over the browser's", () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, "fi");
    expect(detectLanguage()).toBe("fi");
    localStorage.setItem(LANGUAGE_STORAGE_KEY, "de");
    expect(detectLanguage()).toBe("en");
  });

  it("follows the browser's first language the interface speaks", () => {
    const spy = (languages: string[]) =>
      Object.defineProperty(navigator, "languages", { value: languages, configurable: true });
    try {
      spy(["de-DE", "sv-FI", "en"]);
      expect(detectLanguage()).toBe("sv");
      spy(["fi-FI", "sv"]);
      expect(detectLanguage()).toBe("fi");
      spy(["sv-AX"]);
      expect(detectLanguage()).toBe("sv");
      spy(["de", "fr"]);
      expect(detectLanguage()).toBe("en");
    } finally {
      Reflect.deleteProperty(navigator, "languages");
    }
  });

  it("formats numbers and dates in the chosen language", () => {
    const date = new Date(2025, 0, 31, 14, 5);
    const options: Intl.DateTimeFormatOptions = { dateStyle: "long", timeStyle: "short" };
    expect(formatNumber(1234.5)).toBe("1,234.5");
    // British English: the day before the month.
    expect(formatDate(date)).toBe("31 Jan 2025");

    for (const [language, locale] of [
      ["sv", "sv-SE"],
      ["fi", "fi-FI"],
    ] as const) {
      setLanguage(language);
      expect(getLocale()).toBe(locale);
      const number = formatNumber(1234.5);
      expect(number).toBe(new Intl.NumberFormat(locale).format(1234.5));
      // A space of some kind (narrow no-break in current ICU) groups thousands; a comma marks decimals.
      expect(number).toMatch(/^1\s234,5$/u);
      expect(formatDate(date, options)).toBe(new Intl.DateTimeFormat(locale, options).format(date));
      expect(formatDate(date.getTime())).toBe(
        new Intl.DateTimeFormat(locale, { dateStyle: "medium" }).format(date),
      );
    }
    setLanguage("sv");
    expect(formatDate(date, { month: "long" })).toBe("januari");
    expect(formatDate(date, { dateStyle: "short" })).toBe("2025-01-31");
    setLanguage("fi");
    expect(formatDate(date, { month: "long" })).toBe("tammikuu");
    expect(formatDate(date, { dateStyle: "short" })).toBe("31.1.2025");
    expect(formatNumber(0.25, { style: "percent" })).toBe(
      new Intl.NumberFormat("fi", { style: "percent" }).format(0.25),
    );
    expect(formatDate("not a date")).toBe("");
  });
});
