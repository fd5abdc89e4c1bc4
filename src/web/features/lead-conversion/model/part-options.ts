import type { PlanPart } from '../api/conversion-plan'
import type { PartChoice } from '../api/convert-lead'

export interface PartOption {
  /** `link:<id>`, `create` or `skip`. */
  value: string
  label: string
  /** Why the record is offered: what it has in common with the lead. */
  because?: string
}

/** The planned choice, as an option's value. */
export function plannedValue(part: PlanPart): string {
  return part.action === 'link' && part.record
    ? `link:${part.record.id}`
    : part.action
}

/** The records to use, strongest first, then a new one, then none. */
export function partOptions(
  part: PlanPart,
  create: string,
  skip?: string,
): PartOption[] {
  const found = part.candidates.map((c) => ({
    value: `link:${c.id}`,
    label: `Use ${c.title}`,
    because: c.reasons.map((r) => r.text).join(', '),
  }))
  // A record chosen by the server that is not among the candidates: linked.
  const record = part.record
  const listed = record && found.some((o) => o.value === `link:${record.id}`)
  const chosen =
    record && !listed
      ? [{ value: `link:${record.id}`, label: `Use ${record.title}` }]
      : []
  return [
    ...chosen,
    ...found,
    { value: 'create', label: create },
    ...(skip ? [{ value: 'skip', label: skip }] : []),
  ]
}

export function toChoice(value: string): PartChoice {
  if (value.startsWith('link:')) return { action: 'link', id: value.slice(5) }
  return { action: value === 'skip' ? 'skip' : 'create' }
}
