import {
  button,
  expect,
  expectNoAxeViolations,
  expectSaved,
  openJourney,
  SAMPLE_JOURNEY,
  test,
} from "./support";

const QUEUE = "Hours of waiting in the Direktservice queue";
const TITLE = "Text message before the first meeting";
const INDICATOR = "Minutes waited at the office";

test("an improvement for the queue thundercloud, with a baseline and a follow-up, keeps its chart and dashboard after reload", async ({
  page,
}) => {
  await page.goto("/");
  await button(page, "Open sample journey").click();
  await button(page, "Improvements").click();
  await button(page, "Add improvement").click();
  await page.getByRole("textbox", { name: "Title" }).fill(TITLE);

  const pains = page.getByRole("region", { name: "Pain points it addresses" });
  const link = pains.getByRole("combobox", { name: "Link a pain point" });
  const option = link.locator("option", { hasText: QUEUE });
  await link.selectOption(await option.getAttribute("value"));
  await pains.getByRole("button", { name: "Link", exact: true }).click();
  await expect(pains.getByRole("article", { name: `Thundercloud: ${QUEUE}` })).toBeVisible();

  await button(page, "Add indicator").click();
  await page.getByRole("textbox", { name: "Name" }).fill(INDICATOR);
  await page.getByRole("textbox", { name: "Unit" }).fill("minutes");
  await page.getByRole("combobox", { name: "Better when it is" }).selectOption({ label: "Lower" });
  await page.getByRole("button", { name: "Add indicator" }).click();
  const card = page.getByRole("article", { name: INDICATOR });
  for (const [date, value] of [
    ["2024-01-15", "150"],
    ["2025-01-15", "40"],
  ] as const) {
    const form = card.getByRole("form", { name: "New measurement" });
    await form.getByLabel("Date").fill(date);
    await form.getByRole("textbox", { name: /^Value/ }).fill(value);
    await form.getByRole("button", { name: "Add measurement" }).click();
  }
  await expect(
    card.getByText("Minutes waited at the office fell from 150 to 40 minutes (−73 %): better", {
      exact: true,
    }),
  ).toBeVisible();
  await expectSaved(page);

  await page.reload();
  await openJourney(page, SAMPLE_JOURNEY);
  await button(page, "Improvements").click();
  await page.getByRole("button", { name: TITLE }).first().click();
  const reloaded = page.getByRole("article", { name: INDICATOR });
  await expect(
    reloaded.getByText("Minutes waited at the office fell from 150 to 40 minutes (−73 %): better", {
      exact: true,
    }),
  ).toBeVisible();
  // The chart is drawn, and its numbers are there as text too.
  await expect(reloaded.locator("canvas").first()).toBeVisible();
  await expect(reloaded.getByRole("table")).toContainText("150");
  await expectNoAxeViolations(page);

  await button(page, "Dashboard").click();
  await expect(
    page.getByRole("heading", { level: 1, name: new RegExp(`Dashboard: ${SAMPLE_JOURNEY}`) }),
  ).toBeVisible();
  // The dashboard lists the indicator among those moving the right way.
  await expect(page.getByText(INDICATOR).first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a second measurement on a date asks first, and replaces the earlier one by keyboard", async ({
  page,
}) => {
  await page.goto("/");
  await button(page, "Open sample journey").click();
  await button(page, "Improvements").click();
  await page.getByRole("button", { name: "Digital booking of the first meeting" }).first().click();
  const card = page.getByRole("article", { name: "Waiting time for the first meeting (minutes)" });
  const form = card.getByRole("form", { name: "New measurement" });
  await form.getByLabel("Date").fill("2015-03-15");
  await form.getByRole("textbox", { name: /^Value/ }).fill("20");
  await form.getByRole("textbox", { name: /^Value/ }).press("Enter");

  const question = form.getByRole("group", {
    name: "15 Mar 2015 already has a measurement: 25 minutes. Replace it with the new one, or keep both?",
  });
  await expect(question).toBeVisible();
  await expect(question.getByRole("button", { name: "Replace it" })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.keyboard.press("Enter");
  await expect(question).toBeHidden();
  await expect(
    card.getByText("Waiting time for the first meeting fell from 180 to 20 minutes (−89 %): better", {
      exact: true,
    }),
  ).toBeVisible();
  await expect(card.getByRole("table")).not.toContainText("25");
});
