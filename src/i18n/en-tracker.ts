/** English strings of the pain-point tracker and the priority matrix. */
export const tracker = {
  title: "Pain-point tracker",
} as const;
