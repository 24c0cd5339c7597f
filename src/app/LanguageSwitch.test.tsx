import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useTranslation } from "react-i18next";
import { afterEach, describe, expect, it } from "vitest";
import { i18n, LANGUAGE_STORAGE_KEY, setLanguage } from "@/i18n";
import { LanguageSwitch } from "./LanguageSwitch";

function Title() {
  const { t } = useTranslation();
  return <h1>{t("journeys.title")}</h1>;
}

describe("LanguageSwitch", () => {
  afterEach(() => {
    setLanguage("en");
    localStorage.clear();
  });

  it("lists each language in its own language", () => {
    render(<LanguageSwitch />);
    const select = screen.getByRole("combobox", { name: "Language" });
    const options = screen.getAllByRole("option") as HTMLOptionElement[];
    expect(options.map((o) => [o.value, o.textContent, o.lang])).toEqual([
      ["en", "English", "en"],
      ["sv", "Svenska", "sv"],
      ["fi", "Suomi", "fi"],
    ]);
    expect(select).toHaveValue("en");
  });

  it("switches the whole interface, its own label included, and remembers the choice", async () => {
    const user = userEvent.setup();
    render(
      <>
        <LanguageSwitch />
        <Title />
      </>,
    );
    expect(screen.getByRole("heading")).toHaveTextContent("Journeys");

    await user.selectOptions(screen.getByRole("combobox", { name: "Language" }), "sv");
    expect(screen.getByRole("combobox", { name: "Språk" })).toHaveValue("sv");
    expect(screen.getByRole("heading")).toHaveTextContent("Kundresor");
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe("sv");
    expect(document.documentElement.lang).toBe("sv");

    await user.selectOptions(screen.getByRole("combobox", { name: "Språk" }), "fi");
    expect(screen.getByRole("combobox", { name: "Kieli" })).toHaveValue("fi");
    expect(screen.getByRole("heading")).toHaveTextContent("Asiakaspolut");
    expect(i18n.language).toBe("fi");
    expect(document.documentElement.lang).toBe("fi");
  });
});
