/** English strings of the workshop tools: journey templates, tidy-up and presentation mode. */
export const workshop = {
  templates: {
    heading: "Start from a template",
    intro: "A new journey with stages, lanes and content to adapt.",
    sample: {
      name: "Sample: a job-seeker's first meeting",
      description:
        "The walk-in queue or online booking, the first meeting and the action plan, from the Swedish Public Employment Service.",
    },
    blueprint: {
      name: "Empty service blueprint",
      description:
        "The standard lanes of a service blueprint: customer, front stage, back stage and support processes.",
    },
    employer: {
      name: "Employer recruiting through the service",
      description: "From a vacancy through matching and interviews to hiring and follow-up.",
    },
    "worker-change": {
      name: "Customer whose responsible worker changes",
      description:
        "A strong start with one responsible worker, the change of worker, and the delay it brings.",
    },
  },
  blueprint: {
    name: "Service blueprint",
    description:
      "An empty service blueprint. Line of interaction: between the job-seeker and the front stage. Line of visibility: between the front stage, which the customer sees, and the back stage, which the customer does not see. Line of internal interaction: between the back stage and the support processes.",
    stage1: "Before the service",
    stage2: "First contact",
    stage3: "During the service",
    stage4: "After the service",
    laneCustomer: "Job-seeker / Customer",
    laneFront: "Front stage",
    laneBack: "Back stage / Back office",
    laneSupport: "Support processes / IT systems",
  },
  tidy: "Tidy up",
  tidied_one: "Tidied up {{count}} step",
  tidied_other: "Tidied up {{count}} steps",
  alreadyTidy: "The map is already tidy",
  present: "Present",
  counter: "Stage {{n}} of {{total}}",
  previous: "Previous stage",
  next: "Next stage",
  exit: "Exit presentation",
  keysHint: "Left and Right arrows, Page Up, Page Down or Space move between stages; Esc exits.",
  steps: "Steps",
  noSteps: "No steps in this stage.",
  thunderclouds: "Thunderclouds",
  blisters: "Blisters",
  noThunderclouds: "No open thunderclouds in this stage.",
  noBlisters: "No open blisters in this stage.",
  score: "score {{score}} of {{max}}",
  quotes: "In their own words",
  commands: {
    fromTemplate: "New journey from a template",
    tidy: "Tidy up the map",
    present: "Present the journey stage by stage",
    endPresentation: "Exit presentation",
  },
};
