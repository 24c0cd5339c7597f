import type { Locator, Page } from "@playwright/test";
import {
  button,
  currentView,
  edges,
  expect,
  expectSaved,
  field,
  focusedLabel,
  focusIsOnCanvas,
  step,
  steps,
  tabUntil,
  test,
} from "./support";

// These tests use the keyboard alone: no clicks, no hovers, no locator actions on the app.

function isFocused(locator: Locator): () => Promise<boolean> {
  return () => locator.evaluate((el) => el === document.activeElement).catch(() => false);
}

/** From the start view, opens a new journey and puts focus on the canvas, by keyboard. */
async function newJourneyByKeyboard(page: Page) {
  await page.goto("/");
  const newJourney = button(page, "New journey");
  await expect(newJourney).toBeVisible();
  await tabUntil(page, isFocused(newJourney), '"New journey"');
  await page.keyboard.press("Enter");
  await expect(button(page, "Add step")).toBeVisible();
  await tabUntil(page, () => focusIsOnCanvas(page), "the canvas");
}

/** `n` on the canvas adds a step, selects it and focuses its Title; type a title, Escape back. */
async function addStepByKeyboard(page: Page, title: string, count: number) {
  await page.keyboard.press("n");
  await expect(steps(page)).toHaveCount(count);
  await expect(field(page, "Title")).toBeFocused();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type(title);
}

async function escapeToCanvas(page: Page) {
  await page.keyboard.press("Escape");
  await expect
    .poll(() => focusIsOnCanvas(page), { message: "Escape returns focus to the canvas" })
    .toBe(true);
}

function nodeX(page: Page, title: string): Promise<number> {
  return step(page, title).evaluate((el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).m41);
}

test("build a journey by keyboard alone, reload, and find it intact", async ({ page }) => {
  await newJourneyByKeyboard(page);

  await addStepByKeyboard(page, "Meet the counsellor", 1);
  await escapeToCanvas(page);
  await expect(step(page, "Meet the counsellor")).toHaveCount(1);

  await addStepByKeyboard(page, "Register online", 2);
  await expect(step(page, "Register online")).toHaveCount(1);

  // Connect the selected step ("Register online") to "Meet the counsellor" from the inspector.
  await tabUntil(page, async () => (await focusedLabel(page)) === "Connect to", '"Connect to"');
  // Type-ahead picks "Meet the counsellor"; choosing alone adds nothing, the Connect button does.
  await page.keyboard.type("Meet");
  await expect(edges(page)).toHaveCount(0);
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(edges(page)).toHaveCount(1);
  await escapeToCanvas(page);

  await expectSaved(page);
  await page.reload();
  if ((await currentView(page)) === "start") {
    // Open the journey from the list, by keyboard: Tab to its name and press Enter.
    await tabUntil(
      page,
      () =>
        page.evaluate(() => {
          const active = document.activeElement as HTMLElement | null;
          if (!active?.closest("li") || !active.matches("a, button")) return false;
          return !/^\s*(Rename|Duplicate|Delete)\b/.test(
            active.getAttribute("aria-label") ?? active.textContent ?? "",
          );
        }),
      "the journey in the list",
    );
    await page.keyboard.press("Enter");
  }
  await expect(button(page, "Add step")).toBeVisible();
  await expect(step(page, "Meet the counsellor")).toHaveCount(1);
  await expect(step(page, "Register online")).toHaveCount(1);
  await expect(steps(page)).toHaveCount(2);
  await expect(edges(page)).toHaveCount(1);
});

test("keyboard shortcuts: nudge, duplicate, delete, undo and redo", async ({ page }) => {
  await newJourneyByKeyboard(page);
  await expect(button(page, "Undo")).toBeVisible();
  await expect(button(page, "Redo")).toBeVisible();
  await expect(button(page, "Delete")).toBeVisible();

  await addStepByKeyboard(page, "Alpha", 1);
  await escapeToCanvas(page);
  await expect(step(page, "Alpha")).toHaveCount(1);

  // Arrow keys move the selected step; undo puts it back.
  const x0 = await nodeX(page, "Alpha");
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => nodeX(page, "Alpha"), { message: "ArrowRight moves the step" }).toBeGreaterThan(x0);
  await page.keyboard.press("ControlOrMeta+Z");
  await expect.poll(() => nodeX(page, "Alpha"), { message: "undo moves it back" }).toBe(x0);

  // Ctrl+D duplicates; Delete removes the selection; undo and both redo keys.
  await page.keyboard.press("ControlOrMeta+D");
  await expect(steps(page)).toHaveCount(2);
  await page.keyboard.press("Delete");
  await expect(steps(page)).toHaveCount(1);
  await page.keyboard.press("ControlOrMeta+Z");
  await expect(steps(page)).toHaveCount(2);
  await page.keyboard.press("ControlOrMeta+Shift+Z");
  await expect(steps(page)).toHaveCount(1);
  await page.keyboard.press("ControlOrMeta+Z");
  await expect(steps(page)).toHaveCount(2);
  await page.keyboard.press("Control+Y");
  await expect(steps(page)).toHaveCount(1);
  await expect(step(page, "Alpha")).toHaveCount(1);
  await expectSaved(page);
});
