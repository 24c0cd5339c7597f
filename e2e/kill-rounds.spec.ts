import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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
  saveStatus,
  step,
  steps,
  test,
} from "./support";

/**
 * Kill rounds: each round makes one kind of edit, waits for "Saved", SIGKILLs the browser,
 * restarts it on the same profile and checks the edit is there. KILL_ROUNDS sets how many
 * (the suite runs one per kind of edit; `KILL_ROUNDS=50 npx playwright test kill-rounds` is the soak).
 */
const ROUNDS = Number(process.env.KILL_ROUNDS ?? 5);

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
    const before = { steps: await steps(page).count(), edges: await edges(page).count() };

    // Select everything and duplicate it three times: one large write per flush.
    await steps(page).first().click();
    await page.keyboard.press("ControlOrMeta+A");
    for (let i = 0; i < 3; i++) await page.keyboard.press("ControlOrMeta+D");
    await expect(saveStatus(page)).toHaveText("Saving…");
    await chromium.kill();

    chromium = await launchKillableBrowser(profile);
    page = await chromium.context.newPage();
    await page.goto(`${BASE_URL}/`);
    await expect(page.getByRole("alert")).toHaveCount(0); // no repairs were needed
    await openJourney(page, SAMPLE_JOURNEY);
    await page.waitForTimeout(500);
    const after = { steps: await steps(page).count(), edges: await edges(page).count() };
    // Each duplicate adds a full copy; a half-written one would leave a remainder or dangling edges.
    expect(after.steps % before.steps).toBe(0);
    expect(after.edges / before.edges).toBe(after.steps / before.steps);
  } finally {
    await chromium?.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
