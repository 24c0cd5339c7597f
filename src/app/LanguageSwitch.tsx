import { useId } from "react";
import { useTranslation } from "react-i18next";
import { getLanguage, i18n, isLanguage, LANGUAGES, languageLabels, languageNames, setLanguage } from "@/i18n";

/**
 * Chooses the interface language. The label is in the current language; each option names its
 * language in that language (and says so with `lang`), so anyone can find their own.
 */
export function LanguageSwitch() {
  // Subscribes to language changes, so the label follows the switch.
  useTranslation(undefined, { i18n });
  const id = useId();
  const current = getLanguage();
  return (
    <div className="language-switch">
      <label htmlFor={id}>{languageLabels[current]}</label>
      <select
        id={id}
        value={current}
        onChange={(event) => {
          const next = event.currentTarget.value;
          if (isLanguage(next)) setLanguage(next);
        }}
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {languageNames[language]}
          </option>
        ))}
      </select>
    </div>
  );
}
