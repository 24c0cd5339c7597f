import type { Page } from "@playwright/test";
import { button, expect, openJourney, SAMPLE_JOURNEY, test } from "./support";

/** Today's date as `locale` writes it, in the browser's own time zone. */
function today(page: Page, locale: string, options: Intl.DateTimeFormatOptions): Promise<string> {
  return page.evaluate(([locale, options]) => new Intl.DateTimeFormat(locale, options).format(new Date()), [
    locale,
    options,
  ] as const);
}

const LANGUAGES = [
  { value: "en", locale: "en-GB", label: "Language", journeys: "Journeys", tracker: "Tracker" },
  { value: "sv", locale: "sv-SE", label: "Språk", journeys: "Kundresor", tracker: "Uppföljning" },
  { value: "fi", locale: "fi-FI", label: "Kieli", journeys: "Asiakaspolut", tracker: "Seuranta" },
] as const;

test("dates follow the chosen language in the journey list and the tracker", async ({ page }) => {
  await page.goto("/");
  await button(page, "Open sample journey").click();
  await openJourney(page, SAMPLE_JOURNEY);
  let label = "Language";

  for (const language of LANGUAGES) {
    await page.getByRole("combobox", { name: label }).selectOption(language.value);
    label = language.label;
    await expect(page.locator("html")).toHaveAttribute("lang", language.value);

    // The journey list: when each journey was last changed (the sample was made just now).
    await button(page, language.journeys).click();
    const changed = await today(page, language.locale, { dateStyle: "medium" });
    // The journey's card, not the template of the same name.
    const card = page.locator("li.journey-card").filter({ hasText: SAMPLE_JOURNEY });
    await expect(card).toContainText(changed);

    // The tracker: when each pain point was last updated, as its <time> says in words.
    await button(page, language.tracker).click();
    const time = page.locator("table time").first();
    await expect(time).toBeVisible();
    const iso = await time.getAttribute("datetime");
    const expected = await page.evaluate(
      ([locale, iso]) => new Intl.DateTimeFormat(locale, { dateStyle: "medium" }).format(new Date(iso)),
      [language.locale, iso ?? ""] as const,
    );
    await expect(time).toHaveText(expected);
  }
  // The three locales really write dates differently: day and month names, or digits.
  const written = await Promise.all(LANGUAGES.map((l) => today(page, l.locale, { dateStyle: "medium" })));
  expect(new Set(written).size).toBe(3);
});
