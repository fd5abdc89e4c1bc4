import type { Faker } from '@faker-js/faker'

// What the demo's calls, emails, meetings, tasks and notes say, in our
// own words. {contact}, {account} and {product} are filled in; a subject
// with `deal` is only used on a deal, one with `stage` only on a deal
// that has reached that stage.

export type ActivityType = 'call' | 'email' | 'meeting' | 'task' | 'note'

interface Subject {
  text: string
  deal?: true
  stage?: 'Proposal' | 'Negotiation'
}

const SUBJECTS: Record<ActivityType, Subject[]> = {
  call: [
    { text: 'Discovery call with {contact}' },
    { text: 'Follow-up call with {contact}' },
    { text: 'Check-in with {contact}' },
    { text: 'Pricing questions on {product}', deal: true },
    { text: 'Follow up on pricing', deal: true, stage: 'Proposal' },
  ],
  email: [
    { text: 'Shared a case study with {contact}' },
    { text: 'Answered security questions' },
    { text: 'Recap of our meeting' },
    { text: 'Sent proposal for {product}', deal: true, stage: 'Proposal' },
    { text: 'Sent contract draft', deal: true, stage: 'Negotiation' },
  ],
  meeting: [
    { text: 'Product demo for {account}' },
    { text: 'Kick-off meeting with {contact}' },
    { text: 'Executive briefing at {account}' },
    { text: 'Technical deep dive on {product}', deal: true },
  ],
  task: [
    { text: 'Send references to {contact}' },
    { text: 'Book next meeting with {contact}' },
    { text: 'Prepare quote for {product}', deal: true },
    { text: 'Update the mutual action plan', deal: true, stage: 'Proposal' },
  ],
  note: [
    { text: 'New stakeholder at {account}' },
    { text: 'Budget confirmed', deal: true },
    { text: 'Competitor in the deal', deal: true },
    { text: 'Legal review started', deal: true, stage: 'Negotiation' },
  ],
}

const BODIES: Record<ActivityType, string[]> = {
  call: [
    '{contact} walked us through how the team works today and where it slows down.',
    'They want pricing for the whole team before the end of the quarter.',
    'Agreed to a follow-up next week with their IT lead.',
    'Main concern is the time it takes to move their existing data.',
    'Left a voicemail and sent a short email afterwards.',
  ],
  email: [
    'Attached the documents we discussed and offered two times for a call.',
    'Summarised the next steps and who owns each of them.',
    '{contact} asked for a copy to share with finance.',
    'Included the answers from our security team.',
    'Asked whether the start date still works on their side.',
  ],
  meeting: [
    'Good turnout from {account}; the operations team asked the most questions.',
    'Walked through the pipeline board and the forecast view.',
    '{contact} wants a second session for the regional managers.',
    'Agreed on success criteria for the first ninety days.',
    'Next step is a written summary for their steering group.',
  ],
  task: [
    'Due before the next call with {contact}.',
    'Check the discount with the sales manager first.',
    'Use the template from the last renewal.',
    'Copy {contact} and the account owner.',
  ],
  note: [
    'Heard from {contact} that the budget sits with the CFO this year.',
    'A competitor has also been invited to present.',
    '{account} is reorganising its sales teams this spring.',
    'Procurement needs three weeks for any new vendor.',
    'Sponsor is keen; the risk is timing, not price.',
  ],
}

export interface ActivityScene {
  contact: string
  account: string
  /** Absent on an activity that concerns no deal. */
  deal?: { product: string; reached: string[] }
}

/** A subject and a one- or two-sentence body that fit the scene. */
export function activityText(
  faker: Faker,
  type: ActivityType,
  scene: ActivityScene,
): { subject: string; body: string } {
  const fitting = SUBJECTS[type].filter(
    (s) =>
      (!s.deal || scene.deal) &&
      (!s.stage || scene.deal?.reached.includes(s.stage)),
  )
  const subject = faker.helpers.arrayElement(fitting).text
  const sentences = faker.helpers.arrayElements(BODIES[type], {
    min: 1,
    max: 2,
  })
  return {
    subject: fill(subject, scene),
    body: fill(sentences.join(' '), scene),
  }
}

function fill(text: string, scene: ActivityScene): string {
  return text
    .replaceAll('{contact}', scene.contact)
    .replaceAll('{account}', scene.account)
    .replaceAll('{product}', scene.deal?.product ?? 'our product')
}
