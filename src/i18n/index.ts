import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { en } from "./en";

/** Every user-facing string goes through here. English now; Swedish and Finnish join with the same keys. */
export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  lng: "en",
  fallbackLng: "en",
  resources: { en: { translation: en } },
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});

export const t = i18n.t.bind(i18n);
