// The import benchmark's survey file: N rows of a customer survey as CSV, about 300 bytes a row
// (100,000 rows ≈ 30 MB), shared by the app run and the baseline page (scripts/bench/evidence.mjs).
// Deterministic: the same N always gives the same bytes. Answers mix Swedish words with å, ä, ö,
// quoted commas and line breaks, as real open answers do.

export const SURVEY_COLUMNS = ["respondent", "role", "office", "age_group", "date", "rating", "answer"];

const OFFICES = ["Malmö", "Göteborg", "Västerås", "Umeå", "Örebro", "Luleå"];
const AGES = ["18-24", "25-34", "35-44", "45-54", "55-64"];
export const SURVEY_PHRASES = [
  "Jag fick vänta länge i Direktservice innan någon kunde hjälpa mig",
  "Handläggaren förklarade handlingsplanen tydligt, och jag visste vad som skulle hända",
  "Det digitala bokningssystemet fungerade bra men bekräftelsen kom aldrig",
  "Jag bytte handläggare tre gånger och fick berätta min historia igen",
  'Mötet kändes "mer som en kontroll" än ett stöd i mitt arbetssökande',
  "Försäkringskassan och Arbetsförmedlingen gav olika besked om samma sak",
  "Bra bemötande, men jag förstod inte vilka papper jag skulle ta med",
  "Tolken var inte bokad, så mötet fick flyttas en vecka",
];

/** A small linear congruential generator: the same sequence on every run. */
function generator(seed) {
  let state = seed >>> 0;
  return (n) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return (state >>> 16) % n; // the high bits: an LCG's low bits repeat with a short period
  };
}

const quote = (text) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

/** @param {number} rows @returns {string} the CSV text, header first, CRLF line ends */
export function surveyCsv(rows) {
  const pick = generator(rows);
  const lines = [SURVEY_COLUMNS.join(",")];
  for (let i = 1; i <= rows; i++) {
    const parts = [];
    for (let p = 3 + pick(2); p > 0; p--) parts.push(SURVEY_PHRASES[pick(SURVEY_PHRASES.length)]);
    // One answer in twenty runs over two lines.
    const answer = `${parts.join(pick(20) === 0 ? ".\r\n" : ". ")}.`;
    const month = String(1 + pick(12)).padStart(2, "0");
    const day = String(1 + pick(28)).padStart(2, "0");
    lines.push(
      [
        `R${String(i).padStart(6, "0")}`,
        "job-seeker",
        OFFICES[pick(OFFICES.length)],
        AGES[pick(AGES.length)],
        `2025-${month}-${day}`,
        String(1 + pick(5)),
        quote(answer),
      ].join(","),
    );
  }
  return `${lines.join("\r\n")}\r\n`;
}
