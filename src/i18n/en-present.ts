/** English strings of presentation mode's progress: what works in a stage and what has been fixed. */
export const present = {
  brightspots: "What works",
  fixed: "Fixed",
  fixedThrough: "through “{{improvement}}”",
};
