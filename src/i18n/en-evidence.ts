/** English strings of sources, coding, the codebook, search and agreement. */
export const evidence = {
  title: "Evidence",
} as const;
