import type { evidenceImport as enEvidenceImport } from "./en-evidence-import";
import type { DeepStringRecord } from "./types";

/** Finnish strings of the evidence importer: tables of interviews and survey answers, and text files. */
export const evidenceImport: DeepStringRecord<typeof enEvidenceImport> = {
  title: "Tuo lähteitä",
  titleFile: "Tuo ”{{fileName}}”",
  titleFiles_one: "Tuo {{count}} tekstitiedosto",
  titleFiles_other: "Tuo {{count}} tekstitiedostoa",
  intro:
    "Valitse haastattelujen tai kyselyvastausten taulukko (.csv, .tsv tai Excelistä tallennettu .txt) tai yksi tai useampi tekstitiedosto (.txt, .md): jokaisesta tekstitiedostosta tulee yksi lähde.",
  chooseFile: "Valitse tiedosto",
  fileInput: "Tuotava tiedosto",
  loading: "Luetaan tiedoston alkua…",
  unsupported:
    "Tämä tuonti ei osaa lukea tiedostoa ”{{fileName}}”. Valitse .csv-, .tsv-, .txt- tai .md-tiedosto; tallenna laskentataulukko Excelistä ensin muodossa ”CSV UTF-8”.",
  mixed: "Valitse yksi taulukko kerrallaan tai mikä tahansa määrä tekstitiedostoja.",
  readFailed: "Tiedostoa ei voitu lukea: {{message}}",
  readAs: "Lue tiedosto",
  readAsTable: "Taulukkona: yksi rivi haastattelua tai kyselyvastausta kohden",
  readAsText: "Yhtenä tekstinä: koko tiedosto on yksi lähde",

  // The file's settings and the preview
  fileSettings: "Tiedosto",
  encoding: "Merkistö",
  encodingAuto: "Automaattinen: {{detected}}",
  encodingName: {
    "utf-8": "UTF-8",
    "windows-1252": "Windows-1252 (Excelin CSV, Länsi-Eurooppa)",
    "utf-16le": "UTF-16 LE (Excelin Unicode-teksti)",
    "utf-16be": "UTF-16 BE",
  },
  encodingUnsure:
    "Tämän tiedoston merkistö on arvaus: tarkista, että kirjaimet kuten å, ä ja ö näkyvät oikein.",
  replacement_one:
    "{{count}} merkki ei ole luettavissa tällä merkistöllä, ja se näkyy muodossa ”�”. Kokeile toista merkistöä.",
  replacement_other:
    "{{count}} merkkiä ei ole luettavissa tällä merkistöllä, ja ne näkyvät muodossa ”�”. Kokeile toista merkistöä.",
  delimiter: "Erotin",
  delimiterAuto: "Automaattinen: {{detected}}",
  automatic: "Automaattinen",
  delimiterName: {
    comma: "Pilkku (,)",
    semicolon: "Puolipiste (;)",
    tab: "Sarkain",
  },
  sepLine: "Tiedosto ilmoittaa erottimensa ensimmäisellä rivillään (sep=).",
  hasHeader: "Ensimmäisellä rivillä ovat sarakkeiden nimet",
  moreOptions: "Rivit sarakkeiden nimien ylä- ja alapuolella",
  headerRow: "Ohitettavat rivit sarakkeiden nimien yläpuolella",
  skipRows: "Ohitettavat rivit sarakkeiden nimien alapuolella",
  skipRowsHint:
    "Kyselytyökalut, kuten Qualtrics, sijoittavat kysymysten tekstit ja muita rivejä sarakkeiden nimien alapuolelle.",
  previewCaption: "Tiedoston ensimmäiset rivit",
  previewMore: "Vain ensimmäiset rivit näytetään.",
  previewEmpty: "Näytettäviä rivejä ei ole.",
  line: "Rivi",
  previewIssues_one:
    "{{count}} näytetyistä riveistä ei ole luettavissa sellaisenaan; se luetellaan tuonnin jälkeen.",
  previewIssues_other:
    "{{count}} näytetyistä riveistä ei ole luettavissa sellaisenaan; ne luetellaan tuonnin jälkeen.",

  // The column mapping
  columns: "Sarakkeet",
  mode: "Jokainen rivi on",
  modeInterview: "Haastattelu tai muistiinpano: yksi lähde riviä kohden",
  modeSurvey: "Kyselyvastaus: yksi lähde jokaista avovastaussarakkeen vastausta kohden",
  kind: "Lähteen tyyppi",
  textColumn: "Tekstisarake",
  respondentColumn: "Vastaajasarake",
  respondentSurveyHint: "Ilman sitä vastaajat numeroidaan riveittäin R-001, R-002…",
  roleColumn: "Roolisarake",
  dateColumn: "Päivämääräsarake",
  titleColumn: "Otsikkosarake",
  titleHint: "Ilman sitä otsikot muodostetaan tiedoston nimestä ja vastaajasta.",
  interviewerColumn: "Haastattelijasarake",
  tagsColumn: "Tunnistesarake",
  noColumn: "Ei mitään",
  attributes: "Arviot ja taustatiedot",
  attributesHint:
    "Tallennetaan jokaiseen lähteeseen vastaajan taustatietoina: ikäryhmä, toimipiste, arvio asteikolla 1–5…",
  openText: "Avovastaussarakkeet",
  openTextHint: "Jokaisesta vastauksesta, joka ei ole tyhjä, tulee yksi lähde, joka liitetään vastaajaansa.",
  problem: {
    textRequired: "Valitse sarake, jossa teksti on.",
    openTextRequired: "Valitse vähintään yksi avovastaussarake.",
    missingColumn: "Tätä saraketta ei ole tiedostossa.",
  },

  // Running
  import: "Tuo",
  importing: "Tuodaan…",
  progress: "Tuonnin edistyminen",
  rowsRead_one: "{{n}} rivi luettu",
  rowsRead_other: "{{n}} riviä luettu",
  cancelled: "Tuonti peruttiin. Mitään ei lisätty.",
  failed: "Tuonti epäonnistui: {{message}} Mitään ei lisätty.",

  // The result
  ready_one: "{{n}} lähde on valmis lisättäväksi.",
  ready_other: "{{n}} lähdettä on valmiina lisättäväksi.",
  nothingReady: "Yhtään lähdettä ei voitu lukea. Mitään ei lisätä.",
  readSummary_one: "{{n}} rivi luettu ({{encoding}}).",
  readSummary_other: "{{n}} riviä luettu ({{encoding}}).",
  emptyAnswers_one: "{{n}} tyhjä vastaus jätettiin pois.",
  emptyAnswers_other: "{{n}} tyhjää vastausta jätettiin pois.",
  tagged: "Jokainen lähde saa tunnisteen ”{{tag}}”, joten voit suodattaa lähteet tämän tiedoston mukaan.",
  undoHint: "Mitään ei lisätä ennen kuin valitset ”Lisää”. Lisääminen on yksi vaihe, jonka Kumoa peruu.",
  sourcesTitle: "Lisättävät lähteet",
  errorsTitle: "Rivit, joita ei voitu lukea ({{n}})",
  warningsTitle: "Huomautuksen kanssa lisätyt rivit ({{n}})",
  more_one: "… ja {{n}} muu",
  more_other: "… ja {{n}} muuta",
  issueLine: "Rivi {{line}}: {{message}}",
  issueFile: "”{{fileName}}”: {{message}}",
  issueColumn: "{{message}} (sarake ”{{column}}”)",
  issue: {
    unterminatedQuote: "Lainausmerkeissä olevaa kenttää ei suljeta koskaan.",
    malformedQuote:
      "Lainausmerkeissä olevan kentän sisällä olevaa lainausmerkkiä ei ole kahdennettu; rivi luettiin sellaisenaan.",
    tooManyFields: "Kenttiä on enemmän kuin sarakkeita.",
    tooManyFieldsCount: "Kenttiä {{fields}}, odotettiin {{expected}}.",
    tooFewFields: "Liian vähän kenttiä.",
    tooFewFieldsCount: "Kenttiä {{fields}}, odotettiin {{expected}}.",
    padded: "Liian vähän kenttiä; puuttuvat kentät jätettiin tyhjiksi.",
    emptyText: "Teksti on tyhjä.",
    emptyFile: "Tiedosto on tyhjä.",
    badDate: "Päivämäärää ei voitu lukea, joten se jätettiin tyhjäksi.",
    usDate: "Päivämäärä luettiin kuukausi ensin.",
  },
  add_one: "Lisää {{n}} lähde",
  add_other: "Lisää {{n}} lähdettä",
  back: "Takaisin",
  cancel: "Peruuta",
  close: "Sulje",
  added_one: "{{n}} lähde lisättiin tiedostosta {{from}}",
  added_other: "{{n}} lähdettä lisättiin tiedostosta {{from}}",
  addedPlain_one: "{{n}} lähde lisättiin",
  addedPlain_other: "{{n}} lähdettä lisättiin",
  commands: {
    import: "Tuo lähteitä",
  },
};
