import type { Page } from "@playwright/test";
import {
  button,
  expect,
  expectSaved,
  field,
  openJourney,
  SAMPLE_JOURNEY,
  step,
  steps,
  test,
} from "./support";

async function rename(page: Page, index: number, title: string) {
  await steps(page).nth(index).click();
  const field_ = field(page, "Title");
  await field_.fill(title);
  await field_.blur();
  await expect(step(page, title)).toHaveCount(1);
}

test("edits to different steps in two tabs show in both and both survive", async ({ context }) => {
  const one = await context.newPage();
  await one.goto("/");
  await button(one, "Open sample journey").click();
  await expect.poll(() => steps(one).count()).toBeGreaterThanOrEqual(12);
  await expectSaved(one);

  const two = await context.newPage();
  await two.goto("/");
  await openJourney(two, SAMPLE_JOURNEY);
  await expect.poll(() => steps(two).count()).toBe(await steps(one).count());

  const a = "Step A, edited in tab one";
  const b = "Step B, edited in tab two";
  await rename(one, 0, a);
  await rename(two, 1, b);

  // Within 2 seconds each tab shows the other's edit, and keeps its own.
  await expect(step(one, b)).toHaveCount(1, { timeout: 2_000 });
  await expect(step(two, a)).toHaveCount(1, { timeout: 2_000 });
  await expect(step(one, a)).toHaveCount(1);
  await expect(step(two, b)).toHaveCount(1);

  await expectSaved(one);
  await expectSaved(two);
  for (const page of [one, two]) {
    await page.reload();
    await openJourney(page, SAMPLE_JOURNEY);
    await expect(step(page, a)).toHaveCount(1);
    await expect(step(page, b)).toHaveCount(1);
  }
});
