import type { Page } from "@playwright/test";
import { TIDY_STEPS, tidyJourneyName, tidyWorstCase } from "../bench/tidy-journey.mjs";
import { seed } from "../scripts/bench/seed.mjs";
import { button, expect, expectNoAxeViolations, step, steps, test } from "./support";

const EMPLOYER = "An employer recruits through the employment service";
const MISFIT = "Proposed candidates do not fit the job";
const SHORTLIST = "Shortlist candidates with the employer";

/** Every step's title and top-left corner on the canvas (in canvas units, whatever the zoom). */
function positions(page: Page): Promise<string[]> {
  return steps(page).evaluateAll((nodes) =>
    nodes
      .map((node) => {
        const m = new DOMMatrixReadOnly(getComputedStyle(node).transform);
        return `${node.querySelector(".step-title")?.textContent ?? node.textContent}@${m.m41},${m.m42}`;
      })
      .sort(),
  );
}

/** Pairs of step cards that overlap on the canvas. */
function overlaps(page: Page): Promise<string[]> {
  return steps(page).evaluateAll((nodes) => {
    const boxes = nodes.map((node) => {
      const m = new DOMMatrixReadOnly(getComputedStyle(node).transform);
      const el = node as HTMLElement;
      return { id: el.dataset.id, x: m.m41, y: m.m42, w: el.offsetWidth, h: el.offsetHeight };
    });
    const pairs: string[] = [];
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1))
        if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h)
          pairs.push(`${a.id}|${b.id}`);
    return pairs;
  });
}

test("a journey from the employer template: tidy up, undo, and present it by keyboard", async ({ page }) => {
  await page.goto("/");
  const templates = page.getByRole("region", { name: "Start from a template" });
  await templates.getByRole("button", { name: "Employer recruiting through the service" }).click();
  await expect(button(page, "Add step")).toBeVisible();
  await expect(page.getByRole("toolbar").getByText(EMPLOYER)).toBeVisible();
  await expect(steps(page)).toHaveCount(16);

  // Knock one step out of line by keyboard, so there is something to tidy.
  await step(page, "Hires a candidate").click();
  await page.keyboard.press("Shift+ArrowRight");
  await page.keyboard.press("Shift+ArrowDown");
  const messy = await positions(page);

  await button(page, "Tidy up").click();
  await expect(page.getByText(/^Tidied up \d+ steps?$/)).toBeVisible();
  await expect.poll(() => positions(page)).not.toEqual(messy);
  expect(await overlaps(page)).toEqual([]);

  // The toolbar's Undo (the notice offers one too).
  await page.getByRole("toolbar").getByRole("button", { name: "Undo", exact: true }).click();
  await expect.poll(() => positions(page)).toEqual(messy);

  // Resolve a thundercloud through an improvement, so the presentation has progress to show.
  await button(page, "Improvements").click();
  await button(page, "Add improvement").click();
  await page.getByRole("textbox", { name: "Title" }).fill(SHORTLIST);
  const pains = page.getByRole("region", { name: "Pain points it addresses" });
  const link = pains.getByRole("combobox", { name: "Link a pain point" });
  await link.selectOption(await link.locator("option", { hasText: MISFIT }).getAttribute("value"));
  await pains.getByRole("button", { name: "Link", exact: true }).click();
  await pains.getByRole("button", { name: "Resolve pain point" }).click();
  await page.getByRole("textbox", { name: "Resolved by" }).fill("Maria");
  await page.getByRole("dialog").getByRole("button", { name: "Resolve", exact: true }).click();
  await expect(pains).toContainText(`Resolved by Maria, through “${SHORTLIST}”`);
  await button(page, "Back to the map").click();
  await expect.poll(() => positions(page)).toEqual(messy);

  // Present, and walk the stages with the keyboard.
  await button(page, "Present").click();
  // The dialog is named after the stage on show.
  await expect(page.getByRole("dialog", { name: "Needing to recruit" })).toBeVisible();
  const dialog = page.getByRole("dialog");
  const counter = dialog.locator("[aria-live=polite]");
  await expect(counter).toHaveText(/^Stage 1 of 4/);
  await expect(dialog.getByRole("heading", { name: "Thunderclouds" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.keyboard.press("ArrowRight");
  await expect(counter).toHaveText(/^Stage 2 of 4/);
  await expect(page.getByRole("heading", { level: 2, name: "Describing the vacancy" })).toBeVisible();
  await page.keyboard.press("PageDown");
  await expect(counter).toHaveText(/^Stage 3 of 4/);
  await expect(dialog.getByText("Matching is not systematic or documented")).toBeVisible();
  // What works, and what was fixed and through which improvement, beside what still hurts.
  const section = (heading: string) => dialog.getByRole("heading", { name: heading }).locator("xpath=..");
  const works = section("What works");
  await expect(works.getByRole("listitem")).toHaveText(["Partners widen the way into work"]);
  const fixed = section("Fixed");
  await expect(fixed.getByRole("listitem")).toHaveText([`Thundercloud: ${MISFIT} through “${SHORTLIST}”`]);
  const clouds = section("Thunderclouds");
  await expect(clouds.getByText(MISFIT)).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.keyboard.press("Space");
  await expect(counter).toHaveText(/^Stage 4 of 4/);
  await page.keyboard.press("ArrowLeft");
  await expect(counter).toHaveText(/^Stage 3 of 4/);
  await page.keyboard.press("PageUp");
  await expect(counter).toHaveText(/^Stage 2 of 4/);

  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(button(page, "Tidy up")).toBeVisible();
  expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
  // The map is as it was before presenting.
  expect(await positions(page)).toEqual(messy);
});

test("the sample journey is tidied up in a worker of its own, and the tidy-up undone", async ({ page }) => {
  const workers: string[] = [];
  page.on("worker", (worker) => workers.push(worker.url()));
  await page.goto("/");
  await button(page, "Open sample journey").click();
  await expect(button(page, "Tidy up")).toBeVisible();
  await expect.poll(() => steps(page).count()).toBeGreaterThanOrEqual(12);
  const drawn = await positions(page);

  await page.keyboard.press("Shift+T");
  await expect(page.getByText(/^Tidied up \d+ steps?$/)).toBeVisible();
  expect(workers.filter((url) => /tidy\.worker/.test(url))).toHaveLength(1);
  await expect.poll(() => positions(page)).not.toEqual(drawn);
  expect(await overlaps(page)).toEqual([]);
  await expectNoAxeViolations(page);

  // The notice's Undo takes the whole tidy-up back in one step.
  await page.getByRole("status").getByRole("button", { name: "Undo", exact: true }).click();
  await expect.poll(() => positions(page)).toEqual(drawn);
});

test("tidying up a large tangled journey can be cancelled, and changes nothing", async ({ page }) => {
  await page.goto("/");
  await expect(button(page, "New journey")).toBeVisible();
  const { journey, steps: seeded, edges } = tidyWorstCase(TIDY_STEPS, new Date().toISOString());
  await page.evaluate(seed, { records: [journey, ...seeded, ...edges] });
  await page.reload();
  await button(page, tidyJourneyName(TIDY_STEPS)).click();
  await expect(steps(page)).toHaveCount(TIDY_STEPS);
  const drawn = await positions(page);

  // About 2 s of layout: the page answers meanwhile, says what it is doing and offers Cancel.
  await button(page, "Tidy up").click();
  const busy = page.getByRole("status").filter({ hasText: "Tidying up…" });
  await busy.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByText("Tidy up cancelled: nothing was moved")).toBeVisible();
  expect(await positions(page)).toEqual(drawn);
  await expect(page.getByRole("toolbar").getByRole("button", { name: "Undo", exact: true })).toBeDisabled();

  // Leaving the journey while it tidies cancels too: the worker is ended, nothing is moved.
  const started = page.waitForEvent("worker", { predicate: (w) => /tidy\.worker/.test(w.url()) });
  await button(page, "Tidy up").click();
  const worker = await started;
  const ended = new Promise((resolve) => worker.on("close", resolve));
  await expect(busy).toBeVisible();
  await page.getByRole("navigation").getByRole("button", { name: "Journeys" }).click();
  await ended;
  await button(page, tidyJourneyName(TIDY_STEPS)).click();
  await expect(steps(page)).toHaveCount(TIDY_STEPS);
  expect(await positions(page)).toEqual(drawn);
  await expect(page.getByText(/^Tidied up/)).toHaveCount(0);
});
