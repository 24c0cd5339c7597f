import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import {
  type Browser,
  type BrowserContext,
  test as base,
  chromium,
  expect,
  type Locator,
  type Page,
} from "@playwright/test";
import { BASE_URL, CHROMIUM_ARGS, CHROMIUM_PATH, VIEWPORT } from "../playwright.config";

export { BASE_URL, expect };

export const SAMPLE_JOURNEY = "First meeting with the employment service";

// ---------------------------------------------------------------------------------------------
// Nothing leaves the machine
// ---------------------------------------------------------------------------------------------

export interface RequestWatcher {
  /** Every request URL seen so far. */
  readonly requests: readonly string[];
  /** Requests to another origin, and CSP reports of blocked attempts. */
  readonly foreign: readonly string[];
  /** Fails the test when anything foreign was seen. */
  verify(): void;
}

function isOwnOrigin(url: string): boolean {
  if (url.startsWith("data:") || url.startsWith("blob:") || url === "about:blank") return true;
  try {
    return new URL(url).origin === BASE_URL;
  } catch {
    return false;
  }
}

/**
 * Records every request the page (or every page of the context) makes, and every attempt the
 * Content-Security-Policy blocked, from now on. Call `verify()` at the end of the test.
 */
export function expectNoForeignRequests(target: Page | BrowserContext): RequestWatcher {
  const requests: string[] = [];
  const foreign: string[] = [];
  target.on("request", (request) => {
    const url = request.url();
    requests.push(url);
    if (!isOwnOrigin(url)) foreign.push(`${request.method()} ${url}`);
  });
  target.on("console", (message) => {
    const text = message.text();
    if (
      message.type() === "error" &&
      /Content Security Policy|Refused to (load|connect|execute)/i.test(text)
    ) {
      foreign.push(`CSP: ${text}`);
    }
  });
  return {
    requests,
    foreign,
    verify() {
      expect(foreign, `requests to other origins than ${BASE_URL}:\n${foreign.join("\n")}`).toEqual([]);
    },
  };
}

/**
 * The test object for this suite: every context a test uses is watched for requests to other
 * origins, and the test fails if there were any.
 */
export const test = base.extend({
  context: async ({ context }, use) => {
    const watcher = expectNoForeignRequests(context);
    await use(context);
    watcher.verify();
  },
});

// ---------------------------------------------------------------------------------------------
// Accessibility
// ---------------------------------------------------------------------------------------------

/** Runs axe-core (WCAG 2.0/2.1 A and AA) on the page as it is and fails on any violation. */
export async function expectNoAxeViolations(page: Page, exclude: string[] = []): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]);
  for (const selector of exclude) builder = builder.exclude(selector);
  const { violations } = await builder.analyze();
  const summary = violations.map(
    (v) =>
      `${v.id} (${v.impact ?? "?"}): ${v.help}\n` +
      v.nodes
        .slice(0, 5)
        .map((n) => `    ${n.target.join(" ")}: ${n.failureSummary?.replace(/\s+/g, " ") ?? ""}`)
        .join("\n") +
      (v.nodes.length > 5 ? `\n    … and ${v.nodes.length - 5} more` : ""),
  );
  expect(summary, `axe violations:\n${summary.join("\n")}`).toEqual([]);
}

// ---------------------------------------------------------------------------------------------
// A browser that can be killed
// ---------------------------------------------------------------------------------------------

export interface KillableBrowser {
  readonly browser: Browser;
  /** The default context of the profile: its storage lives in the user-data directory. */
  readonly context: BrowserContext;
  readonly pid: number;
  /** SIGKILLs the browser process (and then its helpers): no unload handler, no clean shutdown. */
  kill(): Promise<void>;
  /** Closes the browser normally. */
  close(): Promise<void>;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

function killGroup(pid: number): void {
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    // the group is already gone
  }
}

/**
 * Starts Chromium on a persistent profile in `userDataDir` as a process of our own (Playwright's
 * `launchPersistentContext` does not expose the process), and connects to it over CDP.
 * The DevTools port is read from `userDataDir/DevToolsActivePort`.
 */
export async function launchKillableBrowser(userDataDir: string): Promise<KillableBrowser> {
  const portFile = `${userDataDir}/DevToolsActivePort`;
  rmSync(portFile, { force: true }); // a stale one is left behind by a killed browser
  const child = spawn(
    CHROMIUM_PATH,
    [
      ...CHROMIUM_ARGS,
      "--headless=new",
      "--remote-debugging-port=0",
      `--user-data-dir=${userDataDir}`,
      `--window-size=${VIEWPORT.width},${VIEWPORT.height}`,
      "--no-default-browser-check",
      "--password-store=basic",
      "--use-mock-keychain",
      "about:blank",
    ],
    { detached: true, stdio: ["ignore", "ignore", "pipe"] },
  );
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error(`Could not start ${CHROMIUM_PATH}`);

  const deadline = Date.now() + 20_000;
  let endpoint: string | null = null;
  while (endpoint === null) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`Chromium exited during start-up (${child.exitCode ?? child.signalCode}):\n${stderr}`);
    }
    if (Date.now() > deadline) {
      killGroup(pid);
      throw new Error(`Chromium did not open a DevTools port within 20 s:\n${stderr}`);
    }
    if (existsSync(portFile)) {
      const [port, path] = readFileSync(portFile, "utf8").split("\n");
      if (port && path) endpoint = `ws://127.0.0.1:${port.trim()}${path.trim()}`;
    }
    if (endpoint === null) await new Promise((r) => setTimeout(r, 50));
  }

  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0];
  if (!context) throw new Error("Chromium has no default context");

  return {
    browser,
    context,
    pid,
    async kill() {
      process.kill(pid, "SIGKILL");
      await exited(child);
      killGroup(pid); // renderers and utility processes die with their parent; make sure of it
    },
    async close() {
      await browser.close().catch(() => {});
      const done = exited(child);
      const timer = setTimeout(() => killGroup(pid), 5_000);
      await done;
      clearTimeout(timer);
      killGroup(pid);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The app, by role and accessible name
// ---------------------------------------------------------------------------------------------

export function button(page: Page, name: string): Locator {
  return page.getByRole("button", { name, exact: true });
}

/** All step nodes on the canvas. */
export function steps(page: Page): Locator {
  return page.locator(".react-flow__node");
}

/** The step node showing `title`. */
export function step(page: Page, title: string): Locator {
  return steps(page).filter({ hasText: title });
}

export function edges(page: Page): Locator {
  return page.locator(".react-flow__edge");
}

export function inspector(page: Page): Locator {
  return page.getByRole("complementary", { name: "Inspector" });
}

export function field(page: Page, label: string): Locator {
  return inspector(page).getByLabel(label, { exact: true });
}

/** The save status ("Saved", "Saving…", "Not saved: …"). */
export function saveStatus(page: Page): Locator {
  return page
    .getByRole("status")
    .filter({ hasText: /Saved|Saving|Not saved/ })
    .first();
}

export async function expectSaved(page: Page, timeout = 5_000): Promise<void> {
  await expect(saveStatus(page)).toHaveText(/^\s*Saved/, { timeout });
}

/** The control that opens the journey called `name` in the journey list. */
export function journeyLink(page: Page, name: string): Locator {
  return page.getByRole("link", { name, exact: true }).or(page.getByRole("button", { name, exact: true }));
}

/** Waits for either the start view or the editor, and returns which one is showing. */
export async function currentView(page: Page): Promise<"start" | "editor"> {
  const start = button(page, "New journey");
  const editor = button(page, "Add step");
  await expect(start.or(editor).first()).toBeVisible();
  return (await editor.isVisible()) ? "editor" : "start";
}

/**
 * Makes sure the editor shows a journey: when the app starts on the journey list (after a
 * reload, say), opens the journey called `name`, or the only journey when no name is given.
 */
export async function openJourney(page: Page, name?: string): Promise<void> {
  if ((await currentView(page)) === "start") {
    if (name !== undefined) {
      await journeyLink(page, name).first().click();
    } else {
      const row = page
        .getByRole("listitem")
        .filter({ has: page.getByRole("button", { name: "Rename" }) })
        .first();
      const opener = row
        .getByRole("link")
        .or(row.getByRole("button").filter({ hasNotText: /^\s*(Rename|Duplicate|Delete)\s*$/ }))
        .first();
      await opener.click();
    }
  }
  await expect(button(page, "Add step")).toBeVisible();
}

/** Is keyboard focus on the canvas (inside React Flow, not in a text field)? */
export function focusIsOnCanvas(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body) return false;
    if (active.matches("input, textarea, select, [contenteditable='true']")) return false;
    return active.closest(".react-flow") !== null;
  });
}

/** Accessible label of the focused element (its <label>, aria-label or aria-labelledby). */
export function focusedLabel(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    if (!active) return "";
    const labelledBy = active.getAttribute("aria-labelledby");
    if (labelledBy) {
      return labelledBy
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? "")
        .join(" ")
        .trim();
    }
    const aria = active.getAttribute("aria-label");
    if (aria) return aria.trim();
    const labels = (active as HTMLInputElement).labels;
    return labels?.[0]?.textContent?.trim() ?? "";
  });
}

/** Presses Tab (or Shift+Tab) until `done()` holds; fails after `max` presses. */
export async function tabUntil(
  page: Page,
  done: () => Promise<boolean>,
  what: string,
  { max = 40, backwards = false } = {},
): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await done()) return;
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
  }
  if (await done()) return;
  throw new Error(`Could not reach ${what} with the Tab key in ${max} presses`);
}

/** Selects `text` inside the reading view, as a reader's mouse drag would. */
export async function selectInReader(page: Page, text: string) {
  const region = page.getByRole("region", { name: /^Text of / });
  await expect(region).toContainText(text);
  await region.evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      document.dispatchEvent(new Event("selectionchange"));
      return;
    }
    throw new Error(`"${wanted}" is not in one text node of the reader`);
  }, text);
}
