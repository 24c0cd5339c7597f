/** English strings of "Tidy up" while it runs in the background (the button itself is in en-workshop.ts). */
export const tidy = {
  working: "Tidying up…",
  cancel: "Cancel",
  cancelled: "Tidy up cancelled: nothing was moved",
  changed:
    "The journey changed while it was being tidied up, so nothing was moved. Tidy up again to include the changes.",
  failed: "Tidy up did not work: {{reason}}",
  commands: {
    cancel: "Cancel tidying up",
  },
};
