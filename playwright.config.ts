import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";

/**
 * Browser tests run against the production build served by `vite preview`, in the system's
 * Chromium (Debian's `chromium` package) or the one named by CHROMIUM_PATH. Playwright's own
 * browser downloads are never used.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/** Keeps Chromium from talking to Google's services, so tests see only the app's own requests. */
export const CHROMIUM_ARGS = [
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
  "--no-sandbox",
  "--disable-gpu",
];

/** E2E_PORT lets several checkouts run their browser tests side by side. */
const PORT = Number(process.env.E2E_PORT || 4173);
export const BASE_URL = `http://127.0.0.1:${PORT}`;
export const VIEWPORT = { width: 1400, height: 900 };

if (!existsSync(CHROMIUM_PATH)) {
  throw new Error(
    `No Chromium found at ${CHROMIUM_PATH}. Install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH.`,
  );
}

const CI = Boolean(process.env.CI);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  forbidOnly: CI,
  workers: CI ? 1 : 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: "list",
  outputDir: "test-results",
  use: {
    baseURL: BASE_URL,
    viewport: VIEWPORT,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    {
      name: "chromium",
      use: { browserName: "chromium", viewport: VIEWPORT },
    },
  ],
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: BASE_URL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
