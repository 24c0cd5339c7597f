// The browser both benchmark scripts (run.mjs, evidence.mjs) drive: Debian's Chromium, headless.

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
export const VIEWPORT = { width: 1400, height: 900 };
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
  // Headless pages count as hidden to some throttles; keep rAF and timers at full rate.
  "--disable-renderer-backgrounding",
  "--disable-background-timer-throttling",
  "--disable-backgrounding-occluded-windows",
];
