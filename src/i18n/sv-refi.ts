import type { refi as enRefi } from "./en-refi";
import type { DeepStringRecord } from "./types";

/** Swedish strings of the REFI-QDA exchange. */
export const refi: DeepStringRecord<typeof enRefi> = {
  codebookItem: "Kodbok (REFI-QDA)",
  projectItem: "Projekt (REFI-QDA)",
  commandExportCodebook: "Exportera kodboken till andra analysverktyg (REFI-QDA)",
  commandExportProject: "Exportera källor och kodningar till andra analysverktyg (REFI-QDA)",
  commandImport: "Importera en kodbok eller ett projekt i REFI-QDA-format",
  codebookFileName: "kodbok",
  skippedExcerpts_one: "{{count}} utdrag vars citat inte längre finns i källan togs inte med.",
  skippedExcerpts_other: "{{count}} utdrag vars citat inte längre finns i källorna togs inte med.",
  imported: "Importerade {{codes}}, {{sources}} och {{codings}}",
  importedCodes: "Importerade {{codes}}",
  codes_one: "{{count}} ny kod",
  codes_other: "{{count}} nya koder",
  sources_one: "{{count}} källa",
  sources_other: "{{count}} källor",
  codings_one: "{{count}} kodat utdrag",
  codings_other: "{{count}} kodade utdrag",
  title: "Importera ”{{fileName}}”",
  fileCodebook: "En kodbok från ett annat analysverktyg (REFI-QDA).",
  fileProject: "Ett projekt från ett annat analysverktyg (REFI-QDA): ”{{name}}”.",
  madeWith: "Skapad med {{origin}}.",
  willAdd: "Importen lägger till:",
  codesKept_one: "{{count}} kod i filen finns redan i din kodbok och behålls som den är.",
  codesKept_other: "{{count}} koder i filen finns redan i din kodbok och behålls som de är.",
  sourcesAsInterviews: "Källorna läggs till som nya intervjukällor.",
  moved_one: "{{count}} utdrag hittades genom sin text på ett annat ställe än filen anger.",
  moved_other: "{{count}} utdrag hittades genom sin text på andra ställen än filen anger.",
  unchecked_one:
    "{{count}} utdrag kunde inte kontrolleras mot ett citat i filen; det placeras enbart efter sin position.",
  unchecked_other:
    "{{count}} utdrag kunde inte kontrolleras mot citat i filen; de placeras enbart efter sina positioner.",
  unplacedTitle_one: "{{count}} markering kan inte placeras",
  unplacedTitle_other: "{{count}} markeringar kan inte placeras",
  unplacedHelp: "Deras text finns inte i källan, så de tas inte med.",
  unplacedItem: "”{{quote}}” i ”{{source}}”",
  unplacedNoQuote: "Tecken {{start}}–{{end}} i ”{{source}}”",
  more_one: "och {{count}} till",
  more_other: "och {{count}} till",
  notText_one: "{{count}} källa är inte ren text (en bild, pdf, ljud eller video) och tas inte med.",
  notText_other: "{{count}} källor är inte ren text (bilder, pdf, ljud eller video) och tas inte med.",
  missingText_one: "{{count}} källa saknar text i filen och tas inte med.",
  missingText_other: "{{count}} källor saknar text i filen och tas inte med.",
  error: {
    empty: "Filen är tom.",
    "not-zip":
      "Ett REFI-QDA-projekt (.qdpx) är ett zip-arkiv, och den här filen är inget sådant eller är skadad.",
    "no-project": "Zip-arkivet innehåller ingen project.qde och är därför inget REFI-QDA-projekt.",
    "bad-xml": "XML-innehållet i filen är skadat och kan inte läsas.",
    doctype:
      "XML-filen innehåller en DOCTYPE. REFI-QDA-filer har ingen, och Journey Mapper läser inte sådana.",
    "wrong-root":
      "Det här är ett XML-dokument av typen ”{{root}}”, inte en kodbok eller ett projekt i REFI-QDA-format.",
    "too-large": "Uppackat är projektet större än 200 MB, och så stora projekt öppnar Journey Mapper inte.",
  },
};
