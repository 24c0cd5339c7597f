import type { exportReasons as en } from "./en-export-reasons";
import type { DeepStringRecord } from "./types";

/** Swedish strings that say why an item of the Export menu is disabled: its tooltip and accessible description. */
export const exportReasons: DeepStringRecord<typeof en> = {
  workspace: "Det finns inget i arbetsytan att exportera än.",
  table: {
    painpoints: "Det finns inga smärtpunkter att exportera än.",
    excerpts: "Det finns inga utdrag att exportera än.",
    steps: "Det finns inga steg att exportera än.",
    improvements: "Det finns inga förbättringar att exportera än.",
    measurements: "Det finns inga indikatorer att exportera än.",
  },
  tableInJourney: {
    painpoints: "Kundresan har inga smärtpunkter än.",
    excerpts: "Inga utdrag är kopplade till kundresan än.",
    steps: "Kundresan har inga steg än.",
    improvements: "Kundresan har inga förbättringar än.",
    measurements: "Kundresan har inga indikatorer än.",
  },
};
