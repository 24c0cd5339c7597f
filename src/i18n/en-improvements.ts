/** English strings of improvements, indicators, charts and the journey dashboard. */
export const improvements = {
  title: "Improvements",
} as const;
