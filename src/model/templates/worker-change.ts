import type { EdgeSpec, JourneySpec, PainSpec, StepSpec } from "@/model/templates/build";

/**
 * A customer whose responsible worker changes. Drawn from the evaluation of Finland's
 * municipal employment pilots (seed 004: one responsible worker through every phase; a change
 * of worker often set the process back or held it up; high staff turnover and the load of
 * introducing new staff; fewer plans drawn up; the customer-process framework felt burdensome;
 * health and social care hard to keep in the ecosystem), the regional experiments (seed 003:
 * assess the life situation at the start, support continuity and transitions, one responsible
 * worker) and the partnership pilots (seed 002: individual guidance, a strong start).
 */

const STAGE = { start: 0, together: 1, change: 2, continuing: 3 } as const;
const LANE = { customer: 0, worker: 1, back: 2, support: 3 } as const;

const STEPS: StepSpec[] = [
  {
    key: "register",
    stage: STAGE.start,
    lane: LANE.customer,
    column: 0,
    title: "Becomes a customer of the employment service",
    description: "Registers as unemployed and is given one responsible worker.",
    channel: "web",
    role: "Customer",
  },
  {
    key: "assess",
    stage: STAGE.start,
    lane: LANE.worker,
    column: 0,
    title: "Assesses the customer's life situation",
    description:
      "Looks at the whole life situation when the service begins, as the regional experiments did, so that the start is strong.",
    channel: "in-person",
    role: "Responsible worker",
  },
  {
    key: "plan",
    stage: STAGE.start,
    lane: LANE.worker,
    column: 1,
    title: "Draws up the employment plan with the customer",
    description:
      "Agrees on the plan for the customer's way to work. The customer-process framework of the time was felt partly unsuitable and burdensome.",
    channel: "in-person",
    role: "Responsible worker",
  },
  {
    key: "record-plan",
    stage: STAGE.start,
    lane: LANE.support,
    column: 1,
    title: "Plan recorded in the customer system",
    description: "The plan and the notes from the assessment are saved to the customer's record.",
    channel: "web",
    role: "Customer information system",
  },
  {
    key: "guidance",
    stage: STAGE.together,
    lane: LANE.worker,
    column: 0,
    title: "Gives individual guidance",
    description:
      "One and the same worker is responsible for the customer's service process through every phase, and tailors services when circumstances change.",
    channel: "in-person",
    role: "Responsible worker",
  },
  {
    key: "follows",
    stage: STAGE.together,
    lane: LANE.customer,
    column: 0,
    title: "Follows the plan with regular contact",
    description:
      "Takes part in the services in the plan and keeps in touch with the worker who knows the situation.",
    channel: "phone",
    role: "Customer",
  },
  {
    key: "partners",
    stage: STAGE.together,
    lane: LANE.support,
    column: 1,
    title: "Health and social care join in",
    description:
      "Services from health care, social care and other partners are coordinated so that one responsible worker handles them.",
    channel: "in-person",
    role: "Health and social care",
  },
  {
    key: "leaves",
    stage: STAGE.change,
    lane: LANE.back,
    column: 0,
    title: "The responsible worker leaves or moves to other tasks",
    description: "Staff turnover in the pilots was high.",
    channel: "other",
    role: "Team leader",
  },
  {
    key: "reassign",
    stage: STAGE.change,
    lane: LANE.back,
    column: 1,
    title: "Customers are handed to a new worker",
    description: "The worker's customers are divided among colleagues or given to a newly hired worker.",
    channel: "other",
    role: "Team leader",
  },
  {
    key: "told",
    stage: STAGE.change,
    lane: LANE.customer,
    column: 1,
    title: "Learns that the responsible worker has changed",
    description: "The customer is told that another worker now has the case.",
    channel: "letter",
    role: "Customer",
  },
  {
    key: "reads-in",
    stage: STAGE.change,
    lane: LANE.worker,
    column: 1,
    title: "The new worker reads into the case",
    description:
      "Goes through the record to learn the customer's situation, often while still being introduced to the work.",
    channel: "web",
    role: "New responsible worker",
  },
  {
    key: "waits",
    stage: STAGE.change,
    lane: LANE.customer,
    column: 2,
    title: "Waits for the service to get going again",
    description:
      "A change of responsible worker often seemed to set the service process back, or at least to hold it up.",
    channel: "other",
    role: "Customer",
  },
  {
    key: "meets-new",
    stage: STAGE.continuing,
    lane: LANE.worker,
    column: 0,
    title: "Meets the customer and reviews the plan",
    description: "Gets to know the customer and checks whether the plan still fits the situation.",
    channel: "in-person",
    role: "New responsible worker",
  },
  {
    key: "update",
    stage: STAGE.continuing,
    lane: LANE.support,
    column: 1,
    title: "Updated plan recorded",
    description:
      "A revised plan is saved. In the pilots, fewer plans were drawn up than would have been otherwise.",
    channel: "web",
    role: "Customer information system",
  },
  {
    key: "continues",
    stage: STAGE.continuing,
    lane: LANE.customer,
    column: 1,
    title: "Continues towards work or training",
    description: "Carries on with the plan, now with the new worker.",
    channel: "in-person",
    role: "Customer",
  },
];

const EDGES: EdgeSpec[] = [
  ["register", "assess"],
  ["assess", "plan"],
  ["plan", "record-plan"],
  ["plan", "follows"],
  ["follows", "guidance"],
  ["guidance", "follows", "Next contact"],
  ["guidance", "partners", "Needs other services"],
  ["guidance", "leaves"],
  ["leaves", "reassign"],
  ["reassign", "told"],
  ["reassign", "reads-in"],
  ["told", "waits"],
  ["reads-in", "meets-new"],
  ["waits", "meets-new"],
  ["meets-new", "update", "Plan no longer fits"],
  ["meets-new", "continues", "Plan still fits"],
  ["update", "continues"],
];

const PAINS: PainSpec[] = [
  {
    key: "stalls",
    kind: "thundercloud",
    title: "The service stalls when the responsible worker changes",
    description:
      "A change of responsible worker often seemed to have a negative, or at least a delaying, effect on the service process.",
    severity: 5,
    frequency: "often",
    status: "prioritised",
    owner: "Head of employment services",
    steps: ["told", "waits"],
  },
  {
    key: "relationship",
    kind: "thundercloud",
    title: "Losing the worker who knew the situation",
    description:
      "The evaluation shows how useful one responsible worker is; the relationship to that worker should last.",
    severity: 4,
    frequency: "often",
    status: "confirmed",
    steps: ["told", "meets-new"],
  },
  {
    key: "not-tailored",
    kind: "thundercloud",
    title: "Services do not follow when circumstances change",
    description:
      "Services should be tailored so that they can respond when the customer's circumstances and needs change.",
    severity: 3,
    frequency: "sometimes",
    status: "new",
    steps: ["meets-new", "continues"],
  },
  {
    key: "turnover",
    kind: "blister",
    title: "High staff turnover and the load of introducing new staff",
    description:
      "Large staff turnover, and the work of introducing new staff that followed, weighed on how the services were delivered.",
    severity: 4,
    frequency: "often",
    status: "confirmed",
    owner: "Team leader",
    steps: ["leaves", "reads-in"],
    causes: ["stalls", "relationship"],
  },
  {
    key: "framework",
    kind: "blister",
    title: "The customer-process framework feels burdensome",
    description:
      "The framework for the customer service process set during the pilots was felt in part to be unsuitable and burdensome.",
    severity: 3,
    frequency: "always",
    status: "new",
    steps: ["plan", "update"],
    causes: ["not-tailored"],
  },
  {
    key: "ecosystem",
    kind: "blister",
    title: "Health and social care are hard to keep in the loop",
    description:
      "Where the new wellbeing services counties were starting up, cooperation between employment services, health care and social care was harder to hold together.",
    severity: 3,
    frequency: "sometimes",
    status: "new",
    steps: ["partners"],
  },
  {
    key: "one-worker",
    kind: "brightspot",
    title: "One worker who knows the customer",
    description:
      "Each customer has the same worker through every phase of the service process; the assessment shows how useful this is.",
    severity: 4,
    frequency: "often",
    status: "confirmed",
    steps: ["guidance", "follows"],
  },
  {
    key: "strong-start",
    kind: "brightspot",
    title: "A strong start with the life situation assessed",
    description:
      "Assessing the life situation when the service begins, and individual guidance, gave the pilots a strong start.",
    severity: 3,
    frequency: "often",
    status: "confirmed",
    steps: ["assess"],
  },
];

export const WORKER_CHANGE_TEMPLATE: JourneySpec = {
  journey: {
    name: "The responsible worker changes",
    description:
      "A customer with one responsible worker, from a strong start and the employment plan, through the change of worker, to the service getting going again. Drawn from the evaluations of Finland's municipal employment pilots and regional employment experiments.",
    persona: "Unemployed customer with one responsible worker",
    stageNames: [
      "A strong start",
      "Working with one responsible worker",
      "The worker changes",
      "Continuing the service",
    ],
    laneNames: [
      "Customer",
      "Responsible worker (front stage)",
      "Team leader (back office)",
      "Systems and partners",
    ],
  },
  steps: STEPS,
  edges: EDGES,
  pains: PAINS,
};
