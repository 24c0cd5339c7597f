import { NOW } from "@test/factories";
import { richWorkspace } from "@/io/rich-workspace.testkit";
import { builtinCode, codePointIndex, createExcerpt } from "@/model/evidence";
import type { CodeId, SourceId } from "@/model/ids";
import type { AnyRecord, CodeRecord, ExcerptRecord, Records, SourceRecord } from "@/model/types";

/**
 * For REFI-QDA tests: the rich workspace plus a source whose text has emoji (outside the BMP,
 * so code points and UTF-16 units differ), CRLF line breaks and Swedish letters, coded by two
 * coders with a nested code, a built-in code and a quote that spans a line break.
 */
export const EMOJI_TEXT =
  "Jag väntade 😤😤 i tre veckor.\r\nIngen ringde 📞 tillbaka.\r\nHandläggaren på Arbetsförmedlingen var 👍 snäll.";

export function excerptAt(
  source: SourceRecord,
  quote: string,
  codeIds: CodeId[],
  coder: string,
  note = "",
): ExcerptRecord {
  const unit = source.text.indexOf(quote);
  if (unit === -1) throw new Error(`“${quote}” is not in the text`);
  const index = codePointIndex(source.text);
  const start = index.toPoint(unit);
  const end = index.toPoint(unit + quote.length);
  return { ...createExcerpt(source, { start, end, codeIds, coder, note }, NOW)!, createdAt: NOW };
}

export function codedWorkspace() {
  const rich = richWorkspace();
  const emojiSource: SourceRecord = {
    ...rich.source,
    id: "source:emoji" as SourceId,
    title: "Intervju 2 – “Åsa” & <Per>",
    respondent: "R2",
    respondentRole: "counsellor",
    interviewer: "",
    tags: ["pilot", "uppföljning"],
    attributes: { kontor: "Umeå", "age group": "25-34" },
    text: EMOJI_TEXT,
    createdAt: "2026-11-23T10:05:00.000Z",
  };
  const described: CodeRecord = {
    ...rich.parent,
    id: "code:described" as CodeId,
    name: "Kontakt & återkoppling",
    colour: "#00707a",
    description: "When nobody calls back.\nSecond line.",
    parentId: null,
  };
  const thundercloud = builtinCode("thundercloud", NOW);
  const excerpts = [
    excerptAt(emojiSource, "väntade 😤😤 i tre", [rich.child.id, thundercloud.id], "Anna", "Angry <3"),
    excerptAt(emojiSource, "tre veckor.\r\nIngen ringde 📞", [described.id], "Bertil"),
    excerptAt(emojiSource, "var 👍 snäll", [thundercloud.id], ""),
  ];
  excerpts[1] = { ...excerpts[1]!, stepIds: [rich.steps[0]!.id] };
  const list: AnyRecord[] = [...rich.list, emojiSource, described, thundercloud, ...excerpts];
  const records: Records = Object.fromEntries(list.map((r) => [r.id, r]));
  return { ...rich, emojiSource, described, thundercloud, excerpts, list, records };
}
