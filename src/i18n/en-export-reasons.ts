/** English strings that say why an item of the Export menu is disabled: its tooltip and accessible description. */
export const exportReasons = {
  workspace: "There is nothing in this workspace to export yet.",
  /** Tables of the whole workspace (outside a journey). */
  table: {
    painpoints: "There are no pain points to export yet.",
    excerpts: "There are no excerpts to export yet.",
    steps: "There are no steps to export yet.",
    improvements: "There are no improvements to export yet.",
    measurements: "There are no indicators to export yet.",
  },
  /** Tables of the open journey. */
  tableInJourney: {
    painpoints: "This journey has no pain points yet.",
    excerpts: "No excerpts are linked to this journey yet.",
    steps: "This journey has no steps yet.",
    improvements: "This journey has no improvements yet.",
    measurements: "This journey has no indicators yet.",
  },
} as const;
