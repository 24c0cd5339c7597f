import type { pictures as enPictures } from "./en-pictures";
import type { DeepStringRecord } from "./types";

/** Finnish strings of map pictures and Mermaid text. */
export const pictures: DeepStringRecord<typeof enPictures> = {
  svgImage: "SVG-kuva",
  pngImage: "PNG-kuva",
  mermaid: "Mermaid (teksti)",
  printReport: "Tulosta raportti",
  commandSvg: "Vie kartta SVG-kuvana",
  commandPng: "Vie kartta PNG-kuvana",
  commandMermaid: "Vie asiakaspolku Mermaid-tekstinä",
  pngTitle: "Tallenna kartta PNG-kuvana",
  pngSize: "Koko",
  pngScale: "{{scale}}× ({{width}} × {{height}} pikseliä)",
  pngHint: "Suuremmat koot pysyvät terävinä tulostettuina ja suurennettuina, mutta tiedostot ovat isompia.",
  pngSave: "Tallenna PNG",
  cancel: "Peruuta",
  drawing: "Piirretään kuvaa…",
  saved: "”{{fileName}}” tallennettiin",
  savedSmaller: "”{{fileName}}” tallennettiin koossa {{scale}}×: kartta on liian suuri kokoon {{wanted}}×",
  failed: "Kuvaa ei voitu tehdä: {{reason}}",
  noCanvas: "selain ei pysty piirtämään canvas-pinnalle",
  tooLarge: "kuva on liian suuri piirrettäväksi ({{width}} × {{height}} pikseliä)",
  notDecoded: "selain ei pystynyt lukemaan piirrettyä karttaa",
  legend: "Selite",
  connection: "Yhteys",
  caption: "Journey Mapper · {{date}}",
  untitledStage: "Vaihe",
};
