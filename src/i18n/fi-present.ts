/** Finnish strings of presentation mode's progress: what works in a stage and what has been fixed. */
export const present = {
  brightspots: "Mikä toimii",
  fixed: "Korjattu",
  fixedThrough: "parannuksella ”{{improvement}}”",
};
