import type { evidence as enEvidence } from "./en-evidence";
import type { DeepStringRecord } from "./types";

/** Swedish strings of sources, coding, the codebook, search and agreement. */
export const evidence: DeepStringRecord<typeof enEvidence> = {
  title: "Underlag",
};
