import { buildJourney, type EdgeSpec, type PainSpec, type StepSpec } from "@/model/templates/build";
import { newId } from "./ids";
import { createImprovement, createIndicator } from "./improvements";
import type { AnyRecord, JourneyRecord, PainPointRecord, StepRecord } from "./types";

/**
 * "First meeting with the employment service", drawn from the account of how the Swedish
 * Public Employment Service mapped the job-seeker's process (seed 001): the walk-in queue in
 * Direktservice, the rushed first meeting with its action-plan targets, and the digital
 * booking that let both sides prepare.
 */
export const SAMPLE_JOURNEY_NAME = "First meeting with the employment service";

const STEPS: StepSpec[] = [
  {
    key: "decide",
    stage: 0,
    lane: 0,
    column: 0,
    title: "Decides to register as a job-seeker",
    description:
      "Has lost a job or finished studies and needs support and income. Trust in the agency is low before the first contact.",
    channel: "other",
    role: "Job-seeker",
  },
  {
    key: "read",
    stage: 0,
    lane: 0,
    column: 1,
    title: "Reads how to register on the website",
    description: "Looks for what to bring and where to go. Chooses between walking in and booking online.",
    channel: "web",
    role: "Job-seeker",
  },
  {
    key: "walk-in",
    stage: 1,
    lane: 0,
    column: 0,
    title: "Walks in to Direktservice",
    description: "Comes to the local office without an appointment to register and meet a counsellor.",
    channel: "in-person",
    role: "Job-seeker",
  },
  {
    key: "queue",
    stage: 1,
    lane: 0,
    column: 1,
    title: "Waits in the Direktservice queue",
    description:
      "Sits and waits for a counsellor to become free, which can take several hours. Does not know whom they will meet or when.",
    channel: "in-person",
    role: "Job-seeker",
  },
  {
    key: "profile",
    stage: 1,
    lane: 0,
    column: 0,
    row: 1,
    title: "Fills in background and profile at home",
    description:
      "Enters experience and education on the web platform in peace and quiet before the meeting, instead of at the desk.",
    channel: "web",
    role: "Job-seeker",
  },
  {
    key: "book",
    stage: 1,
    lane: 0,
    column: 1,
    row: 1,
    title: "Books the first meeting online",
    description:
      "Picks a time, sees the counsellor's name and phone number, and gets tips on how to prepare for the meeting.",
    channel: "web",
    role: "Job-seeker",
  },
  {
    key: "spread",
    stage: 1,
    lane: 2,
    column: 0,
    title: "Spreads visits over several days",
    description:
      "The office steers the flow of booked meetings to cut visiting peaks, improving the customer environment and the work environment in Direktservice.",
    channel: "other",
    role: "Office manager",
  },
  {
    key: "match",
    stage: 1,
    lane: 3,
    column: 1,
    title: "Booking platform matches a counsellor by sector",
    description:
      "Connects the job-seeker with a counsellor who knows the industries and occupations that match their profile.",
    channel: "web",
    role: "Booking platform",
  },
  {
    key: "prepare",
    stage: 1,
    lane: 1,
    column: 1,
    title: "Counsellor reads the profile before the meeting",
    description:
      "With the job-seeker's information available in advance, the counsellor can prepare instead of starting from nothing.",
    channel: "web",
    role: "Counsellor",
  },
  {
    key: "arrive",
    stage: 2,
    lane: 0,
    column: 0,
    title: "Arrives at the booked time",
    description: "Comes to 'their' booked visit at 'their' time and knows whom they will meet.",
    channel: "in-person",
    role: "Job-seeker",
  },
  {
    key: "meeting",
    stage: 2,
    lane: 1,
    column: 0,
    title: "Holds the first meeting",
    description:
      "Talks through the job-seeker's situation and needs. Stress from a long queue outside easily spills over into the meeting.",
    channel: "in-person",
    role: "Counsellor",
  },
  {
    key: "plan",
    stage: 2,
    lane: 1,
    column: 1,
    title: "Writes the action plan and gives a job offer",
    description:
      "Targets require an action plan and a job offer already at the first meeting, which turns into box-ticking and crowds out the conversation.",
    channel: "in-person",
    role: "Counsellor",
  },
  {
    key: "record",
    stage: 2,
    lane: 3,
    column: 1,
    title: "Action plan recorded in the case system",
    description: "The plan and the job offer are registered so that they count towards the office's targets.",
    channel: "web",
    role: "Case management system",
  },
  {
    key: "search",
    stage: 3,
    lane: 0,
    column: 0,
    title: "Searches for jobs following the plan",
    description: "Applies for jobs and activities in the action plan, and reports activity to the agency.",
    channel: "web",
    role: "Job-seeker",
  },
  {
    key: "follow-up",
    stage: 3,
    lane: 1,
    column: 0,
    title: "Follows up and adjusts the plan",
    description:
      "Meets or calls the job-seeker again. Each extra meeting that a better first meeting could have avoided costs both sides time.",
    channel: "phone",
    role: "Counsellor",
  },
];

const EDGES: EdgeSpec[] = [
  ["decide", "read"],
  ["read", "walk-in", "Walks in"],
  ["read", "profile", "Books online"],
  ["walk-in", "queue"],
  ["queue", "meeting", "When a counsellor is free"],
  ["profile", "book"],
  ["book", "match"],
  ["match", "prepare", "Profile shared"],
  ["spread", "book", "Available times"],
  ["book", "arrive"],
  ["arrive", "meeting"],
  ["prepare", "meeting"],
  ["meeting", "plan"],
  ["plan", "record"],
  ["plan", "search"],
  ["search", "follow-up"],
  ["follow-up", "search", "Next round"],
];

/** The thunderclouds, blisters and bright spots the seed describes. */
const PAINS: PainSpec[] = [
  {
    key: "queue",
    kind: "thundercloud",
    title: "Hours of waiting in the Direktservice queue",
    description:
      "Job-seekers often sat and waited for a counsellor to become free, which could take several hours.",
    severity: 5,
    frequency: "often",
    status: "prioritised",
    owner: "Office manager",
    steps: ["queue"],
  },
  {
    key: "unknown",
    kind: "thundercloud",
    title: "Not knowing whom you will meet, or when",
    description: "Walking in, the job-seeker cannot prepare for the meeting or the person they will see.",
    severity: 3,
    frequency: "always",
    status: "confirmed",
    steps: ["walk-in", "queue"],
  },
  {
    key: "rushed",
    kind: "thundercloud",
    title: "The first meeting feels rushed",
    description:
      "Stress from the queue and the demands of the meeting leave little room for the job-seeker's own needs.",
    severity: 4,
    frequency: "often",
    status: "confirmed",
    steps: ["meeting"],
  },
  {
    key: "stress",
    kind: "blister",
    title: "Counsellors stressed by the long queue",
    description:
      "Counsellors felt stressed by the queue outside; the stress and pressure often affected the meeting.",
    severity: 4,
    frequency: "often",
    status: "confirmed",
    steps: ["queue", "meeting"],
    causes: ["rushed"],
  },
  {
    key: "box-ticking",
    kind: "blister",
    title: "Action plan and job offer demanded at the first meeting",
    description:
      "Internal targets required an action plan and a job offer at the very first meeting. It turned into box-ticking (pinnjakt) that did not improve how the job-seeker was treated.",
    severity: 4,
    frequency: "always",
    status: "prioritised",
    owner: "Head of operations",
    steps: ["plan"],
    causes: ["rushed"],
  },
  {
    key: "suspicion",
    kind: "blister",
    title: "Doubt that job-seekers fill in their details correctly",
    description:
      "Some staff feared that job-seekers would fill in the form wrongly, causing problems later in the process.",
    severity: 2,
    frequency: "sometimes",
    status: "new",
    steps: ["profile"],
  },
  {
    key: "home",
    kind: "brightspot",
    title: "Filling in the background at home, in peace and quiet",
    description:
      "Entering experience and education at home gives better conditions for a good first meeting.",
    severity: 4,
    frequency: "often",
    status: "confirmed",
    steps: ["profile"],
  },
  {
    key: "known",
    kind: "brightspot",
    title: "Knowing whom you will meet and when",
    description:
      "The booking shows the counsellor's name and the time, which makes the job-seeker feel secure.",
    severity: 3,
    frequency: "always",
    status: "confirmed",
    steps: ["book", "arrive"],
  },
];

export function buildSampleJourney(now: string): AnyRecord[] {
  const { journey, steps, pains, records } = buildJourney(
    {
      journey: {
        name: SAMPLE_JOURNEY_NAME,
        description:
          "From deciding to register, through waiting in Direktservice or booking online, to the first meeting, the action plan and the job search. Drawn from how the Swedish Public Employment Service mapped its customers' thunderclouds and its staff's blisters.",
        persona: "Job-seeker registering for the first time",
        stageNames: [
          "Deciding to register",
          "Getting a meeting",
          "The first meeting",
          "Action plan and job search",
        ],
        laneNames: ["Job-seeker", "Counsellor (front stage)", "Back office", "IT systems"],
      },
      steps: STEPS,
      edges: EDGES,
      pains: PAINS,
    },
    now,
  );
  return [...records, ...sampleImprovements(journey.id, steps, pains, now)];
}

/** Marks every sample figure as made up, so nobody quotes it as the agency's real result. */
const ILLUSTRATIVE = "Illustrative figures";

/**
 * The digital booking the seed describes, with the three indicators it names. The seed tells
 * that booking raised trust and cut the queue but gives no series, so the dates and numbers
 * are illustrative and say so in every measurement's note.
 */
function sampleImprovements(
  journeyId: JourneyRecord["id"],
  steps: ReadonlyMap<string, StepRecord>,
  pains: ReadonlyMap<string, PainPointRecord>,
  now: string,
): AnyRecord[] {
  const booking = createImprovement(
    journeyId,
    {
      title: "Digital booking of the first meeting",
      description:
        "Job-seekers book their first meeting online, see whom they will meet and when, and fill in their background at home, so the counsellor can prepare. Dates and indicator figures are illustrative.",
      owner: "Office manager",
      status: "evaluated",
      startDate: "2013-09-01",
      endDate: "2014-06-30",
    },
    now,
    {
      painPointIds: ["queue", "unknown", "stress"].map((key) => pains.get(key)!.id),
      stepIds: ["book", "match", "prepare"].map((key) => steps.get(key)!.id),
    },
  );
  const series = (values: [date: string, value: number, note: string][]) =>
    values.map(([date, value, note]) => ({
      id: newId("measurement"),
      date,
      value,
      note: `${ILLUSTRATIVE}: ${note}`,
    }));
  const indicators = [
    createIndicator(
      journeyId,
      { name: "Waiting time for the first meeting (minutes)", unit: "minutes", better: "lower", target: 30 },
      now,
      series([
        ["2013-03-15", 180, "baseline, walk-in queue"],
        ["2014-03-15", 60, "follow-up during the roll-out"],
        ["2015-03-15", 25, "follow-up after the roll-out"],
      ]),
    ),
    createIndicator(
      journeyId,
      { name: "Trust in the agency (%)", unit: "%", better: "higher", target: 40 },
      now,
      series([
        ["2013-03-15", 28, "baseline, customer survey"],
        ["2015-03-15", 36, "follow-up, customer survey"],
      ]),
    ),
    createIndicator(
      journeyId,
      { name: "Customers satisfied with their treatment (%)", unit: "%", better: "higher", target: 75 },
      now,
      series([
        ["2013-03-15", 61, "baseline, customer survey"],
        ["2014-03-15", 68, "follow-up, customer survey"],
        ["2015-03-15", 77, "follow-up, customer survey"],
      ]),
    ),
  ].map((indicator) => ({ ...indicator, attachedTo: booking.id }));
  return [booking, ...indicators];
}
