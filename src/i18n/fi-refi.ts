import type { refi as enRefi } from "./en-refi";
import type { DeepStringRecord } from "./types";

/** Finnish strings of the REFI-QDA exchange. */
export const refi: DeepStringRecord<typeof enRefi> = {
  codebookItem: "Koodikirja (REFI-QDA)",
  projectItem: "Projekti (REFI-QDA)",
  commandExportCodebook: "Vie koodikirja muihin analyysiohjelmiin (REFI-QDA)",
  commandExportProject: "Vie lähteet ja koodaukset muihin analyysiohjelmiin (REFI-QDA)",
  commandImport: "Tuo REFI-QDA-muotoinen koodikirja tai projekti",
  codebookFileName: "koodikirja",
  skippedExcerpts_one: "{{count}} ote jätettiin pois, koska sen lainausta ei enää löydy lähteestä.",
  skippedExcerpts_other: "{{count}} otetta jätettiin pois, koska niiden lainauksia ei enää löydy lähteistä.",
  imported: "Tuotiin {{codes}}, {{sources}} ja {{codings}}",
  importedCodes: "Tuotiin {{codes}}",
  codes_one: "{{count}} uusi koodi",
  codes_other: "{{count}} uutta koodia",
  sources_one: "{{count}} lähde",
  sources_other: "{{count}} lähdettä",
  codings_one: "{{count}} koodattu ote",
  codings_other: "{{count}} koodattua otetta",
  title: "Tuo ”{{fileName}}”",
  fileCodebook: "Toisen analyysiohjelman koodikirja (REFI-QDA).",
  fileProject: "Toisen analyysiohjelman projekti (REFI-QDA): ”{{name}}”.",
  madeWith: "Tehty ohjelmalla {{origin}}.",
  willAdd: "Tuonti lisää:",
  codesKept_one: "Tiedoston koodeista {{count}} on jo koodikirjassasi, ja se säilyy ennallaan.",
  codesKept_other: "Tiedoston koodeista {{count}} on jo koodikirjassasi, ja ne säilyvät ennallaan.",
  sourcesAsInterviews: "Lähteet lisätään uusina haastattelulähteinä.",
  moved_one: "{{count}} ote löytyi tekstinsä perusteella eri kohdasta kuin tiedostossa kerrotaan.",
  moved_other: "{{count}} otetta löytyi tekstinsä perusteella eri kohdista kuin tiedostossa kerrotaan.",
  unchecked_one:
    "{{count}} otetta ei voitu tarkistaa tiedoston lainausta vasten; se sijoitetaan pelkän sijaintinsa mukaan.",
  unchecked_other:
    "{{count}} otetta ei voitu tarkistaa tiedoston lainauksia vasten; ne sijoitetaan pelkän sijaintinsa mukaan.",
  unplacedTitle_one: "Valintoja, joita ei voi sijoittaa: {{count}}",
  unplacedTitle_other: "Valintoja, joita ei voi sijoittaa: {{count}}",
  unplacedHelp: "Niiden tekstiä ei ole lähteessä, joten ne jätetään pois.",
  unplacedItem: "”{{quote}}” lähteessä ”{{source}}”",
  unplacedNoQuote: "Merkit {{start}}–{{end}} lähteessä ”{{source}}”",
  more_one: "ja {{count}} muu",
  more_other: "ja {{count}} muuta",
  notText_one: "{{count}} lähde ei ole pelkkää tekstiä (kuva, PDF, ääni tai video), ja se jätetään pois.",
  notText_other:
    "{{count}} lähdettä ei ole pelkkää tekstiä (kuvia, PDF, ääntä tai videota), ja ne jätetään pois.",
  missingText_one: "{{count}} lähteen tekstiä ei ole tiedostossa, ja se jätetään pois.",
  missingText_other: "{{count}} lähteen tekstiä ei ole tiedostossa, ja ne jätetään pois.",
  error: {
    empty: "Tiedosto on tyhjä.",
    "not-zip":
      "REFI-QDA-projekti (.qdpx) on zip-arkisto, eikä tämä tiedosto ole sellainen tai se on vioittunut.",
    "no-project": "Zip-arkistossa ei ole tiedostoa project.qde, joten se ei ole REFI-QDA-projekti.",
    "bad-xml": "Tiedoston XML on vioittunut, eikä sitä voi lukea.",
    doctype:
      "XML-tiedostossa on DOCTYPE-määrittely. REFI-QDA-tiedostoissa sellaista ei ole, eikä Journey Mapper lue sitä.",
    "wrong-root": "Tämä on ”{{root}}”-tyyppinen XML-asiakirja eikä REFI-QDA-koodikirja tai -projekti.",
    "too-large": "Purettuna projekti on yli 200 Mt, eikä Journey Mapper avaa niin suuria projekteja.",
  },
};
