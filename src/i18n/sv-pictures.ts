import type { pictures as enPictures } from "./en-pictures";
import type { DeepStringRecord } from "./types";

/** Swedish strings of map pictures and Mermaid text. */
export const pictures: DeepStringRecord<typeof enPictures> = {
  svgImage: "SVG-bild",
  pngImage: "PNG-bild",
  mermaid: "Mermaid (text)",
  printReport: "Skriv ut rapport",
  commandSvg: "Exportera kartan som SVG-bild",
  commandPng: "Exportera kartan som PNG-bild",
  commandMermaid: "Exportera kundresan som Mermaid-text",
  pngTitle: "Spara kartan som PNG-bild",
  pngSize: "Storlek",
  pngScale: "{{scale}}× ({{width}} × {{height}} pixlar)",
  pngHint: "Större storlekar blir skarpa även utskrivna eller förstorade, men ger större filer.",
  pngSave: "Spara PNG",
  cancel: "Avbryt",
  drawing: "Ritar bilden…",
  saved: "”{{fileName}}” har sparats",
  savedSmaller: "”{{fileName}}” har sparats i {{scale}}×: kartan är för stor för {{wanted}}×",
  failed: "Bilden kunde inte skapas: {{reason}}",
  noCanvas: "webbläsaren kan inte rita på en canvas-yta",
  tooLarge: "bilden är för stor för att ritas ({{width}} × {{height}} pixlar)",
  notDecoded: "webbläsaren kunde inte läsa den ritade kartan",
  legend: "Teckenförklaring",
  connection: "Koppling",
  caption: "Journey Mapper · {{date}}",
  untitledStage: "Fas",
};
