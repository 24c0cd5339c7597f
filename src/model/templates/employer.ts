import type { EdgeSpec, JourneySpec, PainSpec, StepSpec } from "@/model/templates/build";

/**
 * An employer recruiting through the employment service. Drawn from the evaluation of Åland's
 * employment and study service (seed 000: the employer survey, the call for systematic matching
 * and documentation, staff asking for fit-for-purpose tools and skills), the Swedish agency
 * treating employers as customers (seed 001), and the Finnish municipal pilots, whose local
 * ecosystem is to meet employers' need for labour and open new ways into work (seed 004).
 */

const STAGE = { need: 0, vacancy: 1, matching: 2, hiring: 3 } as const;
const LANE = { employer: 0, jobSeeker: 1, adviser: 2, back: 3, support: 4 } as const;

const STEPS: StepSpec[] = [
  {
    key: "need",
    stage: STAGE.need,
    lane: LANE.employer,
    column: 0,
    title: "Needs to fill a vacancy",
    description:
      "A private or public employer needs staff. Technology, demographic change and climate change are reshaping which skills employers need and how people move between jobs.",
    channel: "other",
    role: "Employer",
  },
  {
    key: "choose",
    stage: STAGE.need,
    lane: LANE.employer,
    column: 1,
    title: "Decides whether to recruit through the service",
    description:
      "Weighs the employment service against other ways to recruit. The employer survey found that cooperation between private employers and the service in particular can be developed.",
    channel: "other",
    role: "Employer",
  },
  {
    key: "contacts",
    stage: STAGE.need,
    lane: LANE.adviser,
    column: 0,
    title: "Keeps in touch with local employers",
    description:
      "Good contacts with, and insight into, the local labour market are what matching needs while that market changes fast.",
    channel: "phone",
    role: "Employer adviser",
  },
  {
    key: "contact",
    stage: STAGE.vacancy,
    lane: LANE.employer,
    column: 0,
    title: "Contacts the service about the vacancy",
    description: "Calls or writes to the service to say what kind of person the workplace needs.",
    channel: "phone",
    role: "Employer",
  },
  {
    key: "needs",
    stage: STAGE.vacancy,
    lane: LANE.adviser,
    column: 0,
    title: "Goes through the skills and the job with the employer",
    description:
      "Works out with the employer what the job demands. The service sees the employer as a customer whose needs it is there to meet.",
    channel: "phone",
    role: "Employer adviser",
  },
  {
    key: "register",
    stage: STAGE.vacancy,
    lane: LANE.support,
    column: 1,
    title: "Vacancy recorded in the case system",
    description:
      "The vacancy is registered so that counsellors can find it. Staff ask for modern, fit-for-purpose software to work with.",
    channel: "web",
    role: "Case management system",
  },
  {
    key: "search",
    stage: STAGE.matching,
    lane: LANE.back,
    column: 0,
    title: "Searches for job-seekers who match",
    description:
      "Looks for job-seekers whose experience fits the vacancy. The evaluation calls for more systematic matching work, documentation and evidence-based routines.",
    channel: "web",
    role: "Counsellor",
  },
  {
    key: "train",
    stage: STAGE.matching,
    lane: LANE.support,
    column: 0,
    title: "Training or a partner prepares candidates",
    description:
      "Labour-market training and partner organisations help job-seekers, including those with a weak position in the labour market, towards what employers need.",
    channel: "in-person",
    role: "Training provider or partner",
  },
  {
    key: "suggest",
    stage: STAGE.matching,
    lane: LANE.jobSeeker,
    column: 1,
    title: "Gets a job suggestion and applies",
    description: "A counsellor suggests the vacancy to the job-seeker, who sends an application.",
    channel: "web",
    role: "Job-seeker",
  },
  {
    key: "propose",
    stage: STAGE.matching,
    lane: LANE.adviser,
    column: 1,
    title: "Proposes candidates to the employer",
    description: "Sends the employer the applicants who seem to fit the job.",
    channel: "email",
    role: "Employer adviser",
  },
  {
    key: "interview",
    stage: STAGE.matching,
    lane: LANE.employer,
    column: 1,
    title: "Interviews the candidates",
    description: "Meets the proposed candidates and decides whether any of them fits the job.",
    channel: "in-person",
    role: "Employer",
  },
  {
    key: "hire",
    stage: STAGE.hiring,
    lane: LANE.employer,
    column: 0,
    title: "Hires a candidate",
    description: "Offers the job to one of the candidates.",
    channel: "in-person",
    role: "Employer",
  },
  {
    key: "starts",
    stage: STAGE.hiring,
    lane: LANE.jobSeeker,
    column: 0,
    title: "Starts in the new job",
    description: "The job-seeker leaves unemployment and starts work.",
    channel: "in-person",
    role: "Job-seeker",
  },
  {
    key: "support",
    stage: STAGE.hiring,
    lane: LANE.adviser,
    column: 0,
    title: "Supports the employer in taking on someone with a weak position",
    description:
      "Encourages the employer's social responsibility, so that people with a weak position in the labour market get a way into work.",
    channel: "in-person",
    role: "Employer adviser",
  },
  {
    key: "follow-up",
    stage: STAGE.hiring,
    lane: LANE.adviser,
    column: 1,
    title: "Follows up with the employer",
    description: "Asks how the recruitment went and what the employer needs next time.",
    channel: "phone",
    role: "Employer adviser",
  },
  {
    key: "record",
    stage: STAGE.hiring,
    lane: LANE.back,
    column: 1,
    title: "Documents the outcome",
    description:
      "Records the result of the recruitment, so the office can follow with indicators whether its matching works.",
    channel: "web",
    role: "Counsellor",
  },
];

const EDGES: EdgeSpec[] = [
  ["need", "choose"],
  ["contacts", "choose", "Knows whom to call"],
  ["choose", "contact", "Through the service"],
  ["contact", "needs"],
  ["needs", "register"],
  ["register", "search"],
  ["search", "suggest"],
  ["train", "suggest", "Candidates ready"],
  ["suggest", "propose"],
  ["propose", "interview"],
  ["interview", "hire", "A candidate fits"],
  ["interview", "search", "Nobody fits"],
  ["hire", "starts"],
  ["hire", "support", "Candidate with a weak position"],
  ["starts", "follow-up"],
  ["support", "follow-up"],
  ["follow-up", "record"],
];

const PAINS: PainSpec[] = [
  {
    key: "distant",
    kind: "thundercloud",
    title: "Cooperation with the service is not close enough",
    description:
      "The employer survey found that cooperation between private employers and the service in particular can be developed.",
    severity: 3,
    frequency: "often",
    status: "confirmed",
    steps: ["choose", "contact"],
  },
  {
    key: "mismatch",
    kind: "thundercloud",
    title: "Proposed candidates do not fit the job",
    description:
      "The evaluation calls for more systematic matching work. Until there is, the employer may meet candidates who do not fit and the search starts over: an assumption to check in interviews with employers.",
    severity: 4,
    frequency: "often",
    status: "new",
    steps: ["propose", "interview"],
  },
  {
    key: "efficiency",
    kind: "thundercloud",
    title: "Customers want faster, more efficient service",
    description:
      "The customers who answered the survey asked, among other things, for more efficient customer service; the staff's manner and competence are especially important to them.",
    severity: 3,
    frequency: "sometimes",
    status: "confirmed",
    steps: ["suggest", "needs"],
  },
  {
    key: "unsystematic",
    kind: "blister",
    title: "Matching is not systematic or documented",
    description:
      "The evaluation calls for quality assurance through more systematic matching, documentation and evidence-based routines in the meeting with customers.",
    severity: 4,
    frequency: "always",
    status: "prioritised",
    owner: "Head of operations",
    steps: ["search", "record"],
    causes: ["mismatch"],
  },
  {
    key: "tools",
    kind: "blister",
    title: "Software that does not fit the work",
    description:
      "Staff interviews raised the need for modern methods and tools such as fit-for-purpose software.",
    severity: 3,
    frequency: "often",
    status: "confirmed",
    steps: ["register", "search"],
    causes: ["efficiency"],
  },
  {
    key: "skills",
    kind: "blister",
    title: "Too little time to build knowledge of the labour market",
    description:
      "Staff and management need real opportunities for competence development to keep up with a labour market in rapid change.",
    severity: 3,
    frequency: "often",
    status: "new",
    steps: ["needs", "contacts"],
    causes: ["distant"],
  },
  {
    key: "pulled",
    kind: "blister",
    title: "Employers' needs and weak job-seekers pull in different directions",
    description:
      "Meeting employers' need for labour while opening new ways into work for people with weak ties to the labour market is hard to do at once without splitting the service.",
    severity: 3,
    frequency: "sometimes",
    status: "new",
    steps: ["support"],
  },
  {
    key: "partners",
    kind: "brightspot",
    title: "Partners widen the way into work",
    description:
      "Partner organisations stress that more cooperation is one of the keys to better customer service.",
    severity: 3,
    frequency: "sometimes",
    status: "confirmed",
    steps: ["train"],
  },
];

export const EMPLOYER_TEMPLATE: JourneySpec = {
  journey: {
    name: "An employer recruits through the employment service",
    description:
      "From a vacancy to a new employee: the employer's contact with the service, matching, interviews, hiring and follow-up. Drawn from the evaluation of Åland's employment and study service (its employer survey and its call for systematic matching), the Swedish agency's view of employers as customers, and the Finnish municipal employment pilots.",
    persona: "Employer with a vacancy",
    stageNames: [
      "Needing to recruit",
      "Describing the vacancy",
      "Matching candidates",
      "Hiring and follow-up",
    ],
    laneNames: [
      "Employer",
      "Job-seeker",
      "Employer adviser (front stage)",
      "Back office",
      "IT systems and partners",
    ],
  },
  steps: STEPS,
  edges: EDGES,
  pains: PAINS,
};
