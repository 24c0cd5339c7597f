import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Page } from "@playwright/test";
import {
  BASE_URL,
  button,
  edges,
  expect,
  expectSaved,
  field,
  inspector,
  type KillableBrowser,
  launchKillableBrowser,
  openJourney,
  SAMPLE_JOURNEY,
  selectInReader,
  step,
  steps,
  test,
} from "./support";

/**
 * Kill rounds: each round makes one kind of edit, waits for "Saved", SIGKILLs the browser,
 * restarts it on the same profile and checks the edit is there. KILL_ROUNDS sets how many
 * (the suite runs one per kind of edit; `KILL_ROUNDS=50 npx playwright test kill-rounds` is the soak).
 */
const ROUNDS = Number(process.env.KILL_ROUNDS ?? 7);
const INTERVIEWS = resolve(process.cwd(), "test/fixtures/interviews/interviews-en.csv");
/** The interviews in that file, one source each. */
const INTERVIEW_ROWS = 8;

interface Edit {
  kind: string;
  make(page: Page, round: number): Promise<void>;
  check(page: Page, round: number): Promise<void>;
}

const EDITS: Edit[] = [
  {
    kind: "typing a title",
    async make(page, round) {
      await steps(page).first().click();
      await field(page, "Title").fill(`Title typed in round ${round}`);
    },
    async check(page, round) {
      await expect(step(page, `Title typed in round ${round}`)).toHaveCount(1);
    },
  },
  {
    kind: "moving a step",
    async make(page, round) {
      await step(page, "Reads how to register on the website").click();
      await page.keyboard.press("Escape");
      await step(page, "Reads how to register on the website").click();
      for (let i = 0; i < (round % 3) + 1; i++) await page.keyboard.press("ArrowDown");
    },
    async check(page, round) {
      const transform = await step(page, "Reads how to register on the website").evaluate(
        (el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).m42,
      );
      const reference = await step(page, "Decides to register as a job-seeker").evaluate(
        (el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).m42,
      );
      // Both started on the same row; the moved one is lower by its nudges (10 units each, scaled by zoom).
      expect(transform, `moved in round ${round}`).toBeGreaterThan(reference);
    },
  },
  {
    kind: "connecting two steps",
    async make(page) {
      await step(page, "Decides to register as a job-seeker").click();
      await field(page, "Connect to").selectOption({ label: "Follows up and adjusts the plan" });
      await inspector(page).getByRole("button", { name: "Connect", exact: true }).click();
    },
    async check(page) {
      await step(page, "Decides to register as a job-seeker").click();
      await expect(
        inspector(page).getByRole("button", { name: "To Follows up and adjusts the plan", exact: true }),
      ).toHaveCount(1);
    },
  },
  {
    kind: "adding a pain point",
    async make(page, round) {
      await step(page, "Holds the first meeting").click();
      await button(page, "Add pain point").click();
      await field(page, "Title").fill(`Pain added in round ${round}`);
      await inspector(page).getByRole("button", { name: "Add", exact: true }).click();
    },
    async check(page, round) {
      await step(page, "Holds the first meeting").click();
      await expect(
        inspector(page).getByRole("button", { name: new RegExp(`Pain added in round ${round}`) }),
      ).toHaveCount(1);
    },
  },
  {
    kind: "coding an excerpt",
    async make(page, round) {
      await page.getByRole("button", { name: "Evidence", exact: true }).click();
      await button(page, "Add source").click();
      const form = page.getByRole("dialog");
      await form.getByLabel("Title", { exact: true }).fill(`Interview of round ${round}`);
      await form
        .getByLabel("Text", { exact: true })
        .fill(`I waited ${round} hours in the queue at the office.`);
      await form.getByRole("button", { name: "Add", exact: true }).click();
      await selectInReader(page, `waited ${round} hours`);
      await page.getByRole("combobox", { name: "Code" }).selectOption({ label: "Thundercloud" });
      await button(page, "Code selection").click();
      await expect(
        page.getByRole("status").filter({ hasText: `Coded “waited ${round} hours”` }),
      ).toBeVisible();
    },
    async check(page, round) {
      await page.getByRole("button", { name: "Evidence", exact: true }).click();
      await page
        .getByRole("button", { name: new RegExp(`Interview of round ${round}`) })
        .first()
        .click();
      await expect(page.getByRole("blockquote").filter({ hasText: `waited ${round} hours` })).toHaveCount(1);
    },
  },
  {
    kind: "importing a file",
    async make(page) {
      await page.getByRole("button", { name: "Evidence", exact: true }).click();
      await button(page, "Import").click();
      await page.getByLabel("File to import").setInputFiles(INTERVIEWS);
      const dialog = page.getByRole("dialog");
      await dialog.getByRole("button", { name: "Import", exact: true }).click();
      await dialog.getByRole("button", { name: /^Add \d+ sources$/ }).click();
      await expect(page.getByRole("dialog")).toHaveCount(0);
    },
    async check(page) {
      await page.getByRole("button", { name: "Evidence", exact: true }).click();
      await expect(page.getByText(/^\d+ sources$/)).toHaveText(`${INTERVIEW_ROWS} sources`);
    },
  },
  {
    kind: "deleting a step",
    async make(page) {
      await step(page, "Spreads visits over several days").click();
      await page.keyboard.press("Delete");
    },
    async check(page) {
      await expect(step(page, "Spreads visits over several days")).toHaveCount(0);
    },
  },
];

test("edits of every kind survive SIGKILL after Saved", async () => {
  test.setTimeout(30_000 + ROUNDS * 15_000);
  const lost: string[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const edit = EDITS[round % EDITS.length]!;
    const profile = mkdtempSync(join(tmpdir(), "journey-mapper-kill-"));
    let chromium: KillableBrowser | null = null;
    try {
      chromium = await launchKillableBrowser(profile);
      let page = await chromium.context.newPage();
      await page.goto(`${BASE_URL}/`);
      await button(page, "Open sample journey").click();
      await expect.poll(() => steps(page).count()).toBeGreaterThanOrEqual(12);
      await edit.make(page, round);
      await expectSaved(page);
      await chromium.kill();
      chromium = await launchKillableBrowser(profile);
      page = await chromium.context.newPage();
      await page.goto(`${BASE_URL}/`);
      await openJourney(page, SAMPLE_JOURNEY);
      try {
        await edit.check(page, round);
      } catch (error) {
        lost.push(`round ${round} (${edit.kind}): ${String(error).slice(0, 200)}`);
      }
    } finally {
      await chromium?.close();
      rmSync(profile, { recursive: true, force: true });
    }
  }
  console.log(`kill rounds: ${ROUNDS}, edits lost: ${lost.length}`);
  expect(lost).toEqual([]);
});

/** The journey's own connections: not the dashed "causes" links, which belong to pain points. */
const connections = (page: Page) => edges(page).and(page.locator(":not(.cause-edge)"));

test("killed while Saving…, the workspace comes back whole: all of a large change or none of it", async () => {
  test.setTimeout(60_000);
  const profile = mkdtempSync(join(tmpdir(), "journey-mapper-kill-"));
  let chromium: KillableBrowser | null = null;
  try {
    chromium = await launchKillableBrowser(profile);
    let page = await chromium.context.newPage();
    await page.goto(`${BASE_URL}/`);
    await button(page, "Open sample journey").click();
    await expect.poll(() => steps(page).count()).toBeGreaterThanOrEqual(12);
    await expectSaved(page);
    const before = { steps: await steps(page).count(), edges: await connections(page).count() };

    // Select everything and duplicate it four times in one task, so the whole change goes into
    // one large write; the status says "Saving…" before anything is written.
    await steps(page).first().click();
    await page.keyboard.press("ControlOrMeta+A");
    const status = await page.evaluate(async () => {
      const target = document.activeElement ?? document.body;
      for (let i = 0; i < 4; i++) {
        target.dispatchEvent(new KeyboardEvent("keydown", { key: "d", ctrlKey: true, bubbles: true }));
      }
      // The status as drawn in the next frame, well before the write-behind delay is over.
      await new Promise(requestAnimationFrame);
      return document.querySelector(".save-status")?.textContent;
    });
    expect(status).toBe("Saving…");
    // The write starts after the 300 ms write-behind delay: kill while it runs.
    await page.waitForTimeout(320);
    await chromium.kill();

    chromium = await launchKillableBrowser(profile);
    page = await chromium.context.newPage();
    await page.goto(`${BASE_URL}/`);
    await expect(page.getByRole("alert")).toHaveCount(0); // no repairs were needed
    await openJourney(page, SAMPLE_JOURNEY);
    await page.waitForTimeout(500);
    const after = { steps: await steps(page).count(), edges: await connections(page).count() };
    console.log(`killed while saving: ${before.steps} steps before, ${after.steps} after the restart`);
    // Each duplicate adds a full copy; a half-written one would leave a remainder or dangling edges.
    expect(after.steps % before.steps).toBe(0);
    expect(after.edges / before.edges).toBe(after.steps / before.steps);
  } finally {
    await chromium?.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
