import type { tidy as en } from "./en-tidy";
import type { DeepStringRecord } from "./types";

/** Finnish strings of "Tidy up" while it runs in the background. */
export const tidy: DeepStringRecord<typeof en> = {
  working: "Siistitään…",
  cancel: "Peruuta",
  cancelled: "Siistiminen peruttiin: mitään ei siirretty",
  changed:
    "Asiakaspolku muuttui siistimisen aikana, joten mitään ei siirretty. Siisti uudelleen, niin muutokset tulevat mukaan.",
  failed: "Siistiminen ei onnistunut: {{reason}}",
  commands: {
    cancel: "Peruuta siistiminen",
  },
};
