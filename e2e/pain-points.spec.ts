import {
  button,
  expect,
  expectNoAxeViolations,
  expectSaved,
  field,
  inspector,
  openJourney,
  step,
  test,
} from "./support";

const JOURNEY = "Tagged journey";

test("tag a journey with pain points, reload, and find badges, heat and tracker rows", async ({ page }) => {
  await page.goto("/");
  await button(page, "New journey").click();
  await expect(button(page, "Add step")).toBeVisible();
  await inspector(page).getByLabel("Name", { exact: true }).fill(JOURNEY);

  await button(page, "Add step").click();
  await field(page, "Title").fill("Waits in the queue");

  // A thundercloud: the form refuses a severity of 7 at the field, then accepts 5.
  await button(page, "Add pain point").click();
  await field(page, "Kind").selectOption({ label: "Thundercloud" });
  await field(page, "Title").fill("Hours of waiting");
  await field(page, "Severity").fill("7");
  await expect(inspector(page).getByText("Severity is a whole number from 1 to 5.")).toBeVisible();
  await field(page, "Severity").fill("5");
  await field(page, "Frequency").selectOption({ label: "Always" });
  await field(page, "Owner").fill("Office manager");
  await inspector(page).getByRole("button", { name: "Add", exact: true }).click();
  await button(page, "Back to the step").click();

  // A blister on the same step.
  await button(page, "Add pain point").click();
  await field(page, "Kind").selectOption({ label: "Blister" });
  await field(page, "Title").fill("Counsellors stressed by the queue");
  await inspector(page).getByRole("button", { name: "Add", exact: true }).click();
  await button(page, "Back to the step").click();

  const card = step(page, "Waits in the queue");
  await expect(card.getByRole("img", { name: "1 thundercloud" })).toBeVisible();
  await expect(card.getByRole("img", { name: "1 blister" })).toBeVisible();
  await expectSaved(page);

  await page.reload();
  await openJourney(page, JOURNEY);
  await expect(card.getByRole("img", { name: "1 thundercloud" })).toBeVisible();
  await expect(card.getByRole("img", { name: "1 blister" })).toBeVisible();

  // Heat: severity 5 × always = 20, the top level, with its legend.
  await button(page, "Heat view").click();
  await expect(card.locator(".step-card")).toHaveClass(/heat-4/);
  await expect(page.getByText("Critical (16–20)")).toBeVisible();
  await expectNoAxeViolations(page);

  // The tracker lists both, and a row leads back to the step.
  await button(page, "Tracker").click();
  const rows = page.getByRole("row");
  await expect(rows.filter({ hasText: "Hours of waiting" })).toHaveCount(1);
  await expect(rows.filter({ hasText: "Counsellors stressed by the queue" })).toHaveCount(1);
  await expect(rows.filter({ hasText: "Hours of waiting" })).toContainText("20");
  await expectNoAxeViolations(page);
});
