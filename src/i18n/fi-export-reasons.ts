import type { exportReasons as en } from "./en-export-reasons";
import type { DeepStringRecord } from "./types";

/** Finnish strings that say why an item of the Export menu is disabled: its tooltip and accessible description. */
export const exportReasons: DeepStringRecord<typeof en> = {
  workspace: "Työtilassa ei ole vielä mitään vietävää.",
  table: {
    painpoints: "Vietäviä kipupisteitä ei vielä ole.",
    excerpts: "Vietäviä otteita ei vielä ole.",
    steps: "Vietäviä askelia ei vielä ole.",
    improvements: "Vietäviä parannuksia ei vielä ole.",
    measurements: "Vietäviä mittareita ei vielä ole.",
  },
  tableInJourney: {
    painpoints: "Asiakaspolulla ei ole vielä kipupisteitä.",
    excerpts: "Asiakaspolkuun ei ole vielä kytketty otteita.",
    steps: "Asiakaspolulla ei ole vielä askelia.",
    improvements: "Asiakaspolulla ei ole vielä parannuksia.",
    measurements: "Asiakaspolulla ei ole vielä mittareita.",
  },
};
