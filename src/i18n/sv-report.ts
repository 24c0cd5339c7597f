import type { report as enReport } from "./en-report";
import type { DeepStringRecord } from "./types";

/** Swedish strings of the printable journey report. */
export const report: DeepStringRecord<typeof enReport> = {
  eyebrow: "Rapport om kundresan",
  print: "Skriv ut / Spara som PDF",
  back: "Tillbaka till kartan",
  command: "Öppna rapporten för utskrift",
  commandClose: "Stäng rapporten",
  drawing: "Ritar kartan…",
  mapHeading: "Kartan över kundresan",
  mapAlt: "Karta över ”{{name}}”: {{stages}} faser, {{lanes}} simbanor, {{steps}} steg",
  painsHeading: "De viktigaste smärtpunkterna efter prioritetspoäng",
  painsIntro: "Öppna åskmoln och skavsår, högst poäng (allvarlighetsgrad × frekvens) först.",
  painsNone: "Kundresan har inga öppna åskmoln eller skavsår ännu.",
  facts: "Allvarlighetsgrad {{severity}} av 5 · {{frequency}} · {{status}}",
  onSteps: "I stegen: {{steps}}",
  noSteps: "Inte kopplad till något steg",
  quotesHeading: "Citat ur underlaget",
  noQuotes: "Inget underlag är kopplat ännu: smärtpunkten är ett antagande.",
  quoteFrom: "{{respondent}} ({{role}}), {{source}}",
  quoteFromAnonymous: "{{role}}, {{source}}",
  moreEvidence_one: "och {{count}} utdrag till",
  moreEvidence_other: "och {{count}} utdrag till",
  evidenceHeading: "Underlaget bakom dem",
  evidenceIntro: "Källorna till de utdrag som är kopplade till smärtpunkterna eller till deras steg.",
  evidenceNone: "Ingen källa berör de här smärtpunkterna ännu.",
  column: {
    source: "Källa",
    kind: "Typ",
    respondent: "Respondent",
    role: "Roll",
    date: "Datum",
    excerpts: "Utdrag",
  },
  generated: "Skapad med Journey Mapper {{date}}.",
  notFound: "Kundresan finns inte längre.",
};
