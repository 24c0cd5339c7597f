import type { report as enReport } from "./en-report";
import type { DeepStringRecord } from "./types";

/** Finnish strings of the printable journey report. */
export const report: DeepStringRecord<typeof enReport> = {
  eyebrow: "Asiakaspolun raportti",
  print: "Tulosta / Tallenna PDF-tiedostona",
  back: "Takaisin karttaan",
  command: "Avaa tulostettava raportti",
  commandClose: "Sulje raportti",
  drawing: "Piirretään karttaa…",
  mapHeading: "Asiakaspolun kartta",
  mapAlt: "Kartta asiakaspolusta ”{{name}}”: {{stages}} vaihetta, {{lanes}} uimarataa, {{steps}} askelta",
  painsHeading: "Tärkeimmät kipupisteet prioriteettipisteiden mukaan",
  painsIntro: "Avoimet ukkospilvet ja hiertymät, suurimmat pisteet (vakavuus × yleisyys) ensin.",
  painsNone: "Asiakaspolulla ei ole vielä avoimia ukkospilviä tai hiertymiä.",
  facts: "Vakavuus {{severity}}/5 · {{frequency}} · {{status}}",
  onSteps: "Askeleissa: {{steps}}",
  noSteps: "Ei liitetty mihinkään askeleeseen",
  quotesHeading: "Lainauksia aineistosta",
  noQuotes: "Aineistoa ei ole vielä liitetty: kipupiste on oletus.",
  quoteFrom: "{{respondent}} ({{role}}), {{source}}",
  quoteFromAnonymous: "{{role}}, {{source}}",
  moreEvidence_one: "ja {{count}} ote lisää",
  moreEvidence_other: "ja {{count}} otetta lisää",
  evidenceHeading: "Aineisto niiden taustalla",
  evidenceIntro: "Lähteet, joiden otteita on liitetty näihin kipupisteisiin tai niiden askeliin.",
  evidenceNone: "Mikään lähde ei vielä koske näitä kipupisteitä.",
  column: {
    source: "Lähde",
    kind: "Laji",
    respondent: "Vastaaja",
    role: "Rooli",
    date: "Päivämäärä",
    excerpts: "Otteet",
  },
  generated: "Tehty Journey Mapperilla {{date}}.",
  notFound: "Tätä asiakaspolkua ei ole enää.",
};
