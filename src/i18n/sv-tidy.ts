import type { tidy as en } from "./en-tidy";
import type { DeepStringRecord } from "./types";

/** Swedish strings of "Tidy up" while it runs in the background. */
export const tidy: DeepStringRecord<typeof en> = {
  working: "Städar upp…",
  cancel: "Avbryt",
  cancelled: "Uppstädningen avbröts: inget flyttades",
  changed:
    "Kundresan ändrades medan den städades upp, så inget flyttades. Städa upp igen för att få med ändringarna.",
  failed: "Det gick inte att städa upp: {{reason}}",
  commands: {
    cancel: "Avbryt uppstädningen",
  },
};
