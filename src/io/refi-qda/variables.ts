/** Source-level details that travel as text variables, under these names. */
export const SOURCE_VARIABLES = {
  kind: "Source kind",
  respondent: "Respondent",
  respondentRole: "Respondent role",
  date: "Date",
  interviewer: "Interviewer",
  tags: "Tags",
} as const;
