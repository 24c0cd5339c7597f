/** Swedish strings of presentation mode's progress: what works in a stage and what has been fixed. */
export const present = {
  brightspots: "Det här fungerar",
  fixed: "Åtgärdat",
  fixedThrough: "genom ”{{improvement}}”",
};
