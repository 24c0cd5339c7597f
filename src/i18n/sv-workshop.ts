import type { workshop as en } from "./en-workshop";
import type { DeepStringRecord } from "./types";

/** Swedish strings of the workshop tools: mallar, städa upp and presentationsläge. */
export const workshop: DeepStringRecord<typeof en> = {
  templates: {
    heading: "Börja från en mall",
    intro: "En ny kundresa med faser, simbanor och innehåll att anpassa.",
    sample: {
      name: "Exempel: en arbetssökandes första möte",
      description:
        "Kön i Direktservice eller den digitala bokningen, det första mötet och handlingsplanen, från Arbetsförmedlingen.",
    },
    blueprint: {
      name: "Tom tjänsteritning (service blueprint)",
      description: "En tjänsteritnings standardsimbanor: kund, frontstage, backstage och stödprocesser.",
    },
    employer: {
      name: "Arbetsgivare som rekryterar via förmedlingen",
      description: "Från en ledig tjänst via matchning och intervjuer till anställning och uppföljning.",
    },
    "worker-change": {
      name: "Kund som får byta ansvarig handläggare",
      description:
        "En stark start med en ansvarig handläggare, bytet av handläggare och fördröjningen det medför.",
    },
  },
  blueprint: {
    name: "Tjänsteritning",
    description:
      "En tom tjänsteritning. Interaktionslinjen: mellan den arbetssökande och frontstage. Synlighetslinjen: mellan frontstage, som kunden ser, och backstage, som kunden inte ser. Den interna interaktionslinjen: mellan backstage och stödprocesserna.",
    stage1: "Före tjänsten",
    stage2: "Första kontakten",
    stage3: "Under tjänsten",
    stage4: "Efter tjänsten",
    laneCustomer: "Arbetssökande / kund",
    laneFront: "Frontstage (kundmötet)",
    laneBack: "Backstage / backoffice",
    laneSupport: "Stödprocesser / IT-system",
  },
  tidy: "Städa upp",
  tidied_one: "Städade upp {{count}} steg",
  tidied_other: "Städade upp {{count}} steg",
  alreadyTidy: "Kartan är redan uppstädad",
  present: "Presentera",
  counter: "Fas {{n}} av {{total}}",
  previous: "Föregående fas",
  next: "Nästa fas",
  exit: "Avsluta presentationen",
  keysHint: "Vänster- och högerpil, Page Up, Page Down eller mellanslag byter fas; Esc avslutar.",
  steps: "Steg",
  noSteps: "Inga steg i den här fasen.",
  thunderclouds: "Åskmoln",
  blisters: "Skavsår",
  noThunderclouds: "Inga öppna åskmoln i den här fasen.",
  noBlisters: "Inga öppna skavsår i den här fasen.",
  score: "poäng {{score}} av {{max}}",
  quotes: "Med deras egna ord",
  commands: {
    fromTemplate: "Ny kundresa från en mall",
    tidy: "Städa upp kartan",
    present: "Presentera kundresan fas för fas",
    endPresentation: "Avsluta presentationen",
  },
};
