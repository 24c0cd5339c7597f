import type { tables as enTables } from "./en-tables";
import type { DeepStringRecord } from "./types";

/** Finnish strings of the tables: CSV export, the separator choice and import of measurements. */
export const tables: DeepStringRecord<typeof enTables> = {
  commandExport: "Vie taulukko CSV-tiedostona",
  painpoints: "Kipupisteet (CSV)",
  excerpts: "Otteet (CSV)",
  steps: "Askeleet (CSV)",
  improvements: "Parannukset (CSV)",
  measurements: "Mittaukset (CSV)",
  separator: "CSV-taulukoiden erotin",
  separatorSemicolon: "Puolipiste (;) suomen- tai ruotsinkieliseen Exceliin",
  separatorComma: "Pilkku (,) englanninkieliseen Exceliin",
  measurementImport: {
    open: "Tuo mittauksia",
    openLabel: "Tuo mittauksia mittariin {{name}}",
    title: "Tuo mittauksia mittariin ”{{name}}”",
    intro:
      "Valitse CSV-tiedosto, jossa on yksi mittaus riviä kohden: päivämäärä ja arvo. Päivämäärät kuten 2024-03-15 tai 15.3.2024 ja desimaalipilkku luetaan.",
    columns: "Sarakkeet",
    dateColumn: "Päivämääräsarake",
    valueColumn: "Arvosarake",
    noteColumn: "Huomautussarake",
    chooseColumn: "Valitse sarake, jossa on {{what}}.",
    date: "päivämäärä",
    value: "arvo",
    sameColumn: "Päivämäärän ja arvon on oltava eri sarakkeissa.",
    readRows: "Tarkista rivit",
    ready_one: "{{n}} mittaus voidaan tuoda.",
    ready_other: "{{n}} mittausta voidaan tuoda.",
    nothingReady: "Yhtään riviä ei voi vielä tuoda.",
    import_one: "Tuo {{n}} mittaus",
    import_other: "Tuo {{n}} mittausta",
    imported_one: "{{n}} mittaus tuotiin mittariin ”{{name}}”",
    imported_other: "{{n}} mittausta tuotiin mittariin ”{{name}}”",
    errorsTitle: "Rivit, joita ei voi lukea ({{n}})",
    issue: {
      emptyDate: "päivämäärä puuttuu",
      badDate: "”{{value}}” ei ole päivämäärä",
      emptyValue: "arvo puuttuu",
      badNumber: "”{{value}}” ei ole luku",
    },
    undoHint: "Voit perua tuonnin näppäinyhdistelmällä Ctrl+Z.",
  },
};
