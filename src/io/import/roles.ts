import { RESPONDENT_ROLES, type RespondentRole } from "@/model/types";

/**
 * Respondent roles from the free text of a role column, in Swedish, Finnish and English. The
 * match is on lower case without diacritics and on word stems, so plurals, compounds and
 * inflections ("arbetsgivarrepresentant", "työnhakijat", "Job seekers") match too. Anything
 * else is "other" (the importer keeps the original text as an attribute).
 */

/** Stems per role, most specific role first: the first role with a matching stem wins. */
const STEMS: readonly (readonly [RespondentRole, readonly string[]])[] = [
  [
    "job-seeker",
    [
      "job seeker",
      "job-seeker",
      "jobseeker",
      "job hunter",
      "unemployed",
      "applicant",
      "arbetssokande",
      "arbetslos",
      "sokande",
      "tyonhakija",
      "tyoton",
      "tyottom", // työttömät, työttömänä
    ],
  ],
  [
    "counsellor",
    [
      "counsellor",
      "counselor",
      "caseworker",
      "case worker",
      "case officer",
      "case manager",
      "employment officer",
      "employment adviser",
      "employment advisor",
      "job coach",
      "career coach",
      "career adviser",
      "career advisor",
      "careers adviser",
      "adviser",
      "advisor",
      "handlaggare",
      "arbetsformedlare",
      "radgivare",
      "vagledare",
      "studie- och yrkesvagledare",
      "coach",
      "virkailija",
      "asiantuntija",
      "neuvoja",
      "ohjaaja",
      "valmentaja",
      "tyovoimaneuvoja",
    ],
  ],
  [
    "employer",
    [
      "employer",
      "recruiter",
      "hiring manager",
      "company",
      "arbetsgivar", // arbetsgivare, arbetsgivarrepresentant
      "rekryterare",
      "foretag",
      "tyonantaja",
      "rekrytoija",
      "yritys",
      "yrittaja",
    ],
  ],
  [
    "partner",
    [
      "partner",
      "municipality",
      "provider",
      "supplier",
      "ngo",
      "kommun",
      "samverkan",
      "leverantor",
      "anordnare",
      "kumppani",
      "kunta",
      "kunnan",
      "palveluntuottaja",
      "jarjesto",
    ],
  ],
  [
    "manager",
    [
      "manager",
      "team leader",
      "team lead",
      "supervisor",
      "head of",
      "director",
      "chef",
      "enhetschef",
      "sektionschef",
      "avdelningschef",
      "kontorschef",
      "verksamhetschef",
      "gruppchef",
      "ledare",
      "teamledare",
      "gruppledare",
      "arbetsledare",
      "esihenkilo",
      "esimies",
      "paallikko",
      "johtaja",
    ],
  ],
];

const DIACRITICS = /[\u0300-\u036f]/g;

/** Lower case, no diacritics (å → a, ö → o), single spaces, `_` as space. */
export function normaliseRoleText(text: string): string {
  return text
    .normalize("NFD")
    .replace(DIACRITICS, "")
    .toLowerCase()
    .replace(/[_\s]+/g, " ")
    .trim();
}

/** A word stem matches at the start of a word (so "kunta" does not match inside "asiakkuutta"). */
function hasStem(text: string, stem: string): boolean {
  for (let i = text.indexOf(stem); i !== -1; i = text.indexOf(stem, i + 1)) {
    const before = i === 0 ? " " : text[i - 1]!;
    if (!/[a-z0-9]/.test(before)) return true;
    // Compounds: "arbetsgivarrepresentant" starts with the stem; "ungdomsarbetssokande" ends with it.
    if (i + stem.length === text.length || !/[a-z]/.test(text[i + stem.length]!)) {
      if (stem.length >= 7) return true;
    }
  }
  return false;
}

/** The respondent role a free-text role names, or "other". */
export function mapRole(text: string): RespondentRole {
  const t = normaliseRoleText(text);
  if (t === "") return "other";
  const exact = (RESPONDENT_ROLES as readonly string[]).find((r) => r === t.replace(/ /g, "-"));
  if (exact) return exact as RespondentRole;
  for (const [role, stems] of STEMS) {
    for (const stem of stems) if (hasStem(t, stem)) return role;
  }
  return "other";
}
