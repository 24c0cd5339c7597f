import type { tables as enTables } from "./en-tables";
import type { DeepStringRecord } from "./types";

/** Swedish strings of the tables: CSV export, the separator choice and import of measurements. */
export const tables: DeepStringRecord<typeof enTables> = {
  commandExport: "Exportera en tabell som CSV",
  painpoints: "Smärtpunkter (CSV)",
  excerpts: "Utdrag (CSV)",
  steps: "Steg (CSV)",
  improvements: "Förbättringar (CSV)",
  measurements: "Mätningar (CSV)",
  separator: "Avgränsare i CSV-tabeller",
  separatorSemicolon: "Semikolon (;) för Excel på svenska eller finska",
  separatorComma: "Komma (,) för Excel på engelska",
  measurementImport: {
    open: "Importera mätningar",
    openLabel: "Importera mätningar till {{name}}",
    title: "Importera mätningar till ”{{name}}”",
    intro:
      "Välj en CSV-fil med en mätning per rad: ett datum och ett värde. Datum som 2024-03-15 eller 15.3.2024 och decimalkomma går bra.",
    columns: "Kolumner",
    dateColumn: "Kolumn med datum",
    valueColumn: "Kolumn med värde",
    noteColumn: "Kolumn med anteckning",
    chooseColumn: "Välj kolumnen som innehåller {{what}}.",
    date: "datumet",
    value: "värdet",
    sameColumn: "Datum och värde måste ligga i olika kolumner.",
    readRows: "Kontrollera raderna",
    ready_one: "{{n}} mätning kan importeras.",
    ready_other: "{{n}} mätningar kan importeras.",
    nothingReady: "Ingen rad kan importeras ännu.",
    import_one: "Importera {{n}} mätning",
    import_other: "Importera {{n}} mätningar",
    imported_one: "{{n}} mätning har importerats till ”{{name}}”",
    imported_other: "{{n}} mätningar har importerats till ”{{name}}”",
    errorsTitle: "Rader som inte kan läsas ({{n}})",
    issue: {
      emptyDate: "datum saknas",
      badDate: "”{{value}}” är inget datum",
      emptyValue: "värde saknas",
      badNumber: "”{{value}}” är inget tal",
    },
    undoHint: "Du kan ångra importen med Ctrl+Z.",
  },
};
