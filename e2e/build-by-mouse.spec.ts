import type { Page } from "@playwright/test";
import { button, edges, expect, expectSaved, field, openJourney, step, steps, test } from "./support";

/** Drags with the mouse from the centre of one element to the centre of another. */
async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 5 });
  await page.mouse.move(to.x, to.y, { steps: 5 });
  await page.mouse.up();
}

async function centre(locator: ReturnType<Page["locator"]>) {
  await expect(locator).toBeAttached();
  const box = await locator.boundingBox();
  if (!box) throw new Error("element has no box");
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

test("build a journey by mouse, reload, and find it intact", async ({ page }) => {
  await page.goto("/");
  await button(page, "New journey").click();
  await expect(button(page, "Add step")).toBeVisible();

  await button(page, "Add step").click();
  await expect(steps(page)).toHaveCount(1);
  await button(page, "Add step").click();
  await expect(steps(page)).toHaveCount(2);
  await expect(step(page, "New step")).toHaveCount(2);

  const title = field(page, "Title");
  await step(page, "New step").first().click();
  await title.fill("Register online");
  await title.blur();
  await expect(step(page, "Register online")).toHaveCount(1);

  await step(page, "New step").click();
  await title.fill("Meet the counsellor");
  await title.blur();
  await expect(step(page, "Meet the counsellor")).toHaveCount(1);

  // Connect: drag from the source handle of one step to the target handle of the other.
  const from = step(page, "Register online");
  const to = step(page, "Meet the counsellor");
  await from.hover();
  const source = from.locator(".react-flow__handle.source, .react-flow__handle-right").first();
  const sourceAt = await centre(source);
  await to.hover();
  const target = to.locator(".react-flow__handle.target, .react-flow__handle-left").first();
  const targetAt = await centre(target);
  await drag(page, sourceAt, targetAt);
  await expect(edges(page)).toHaveCount(1);

  await expectSaved(page);
  await page.reload();
  await openJourney(page);

  await expect(step(page, "Register online")).toHaveCount(1);
  await expect(step(page, "Meet the counsellor")).toHaveCount(1);
  await expect(steps(page)).toHaveCount(2);
  await expect(edges(page)).toHaveCount(1);
});
