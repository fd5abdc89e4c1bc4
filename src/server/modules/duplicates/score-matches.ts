import type { KeyKind } from './record-keys.js'

/** What two records have in common, seen from the first of them. */
export interface Match {
  kind: KeyKind
  field: string
  otherField: string
  value: string
  similarity: number
}

export interface Reason {
  kind: KeyKind
  field: string
  otherField: string
  similarity: number
  text: string
}

// How much each kind of match says on its own that two records are one.
// A shared address or number is strong evidence; a shared person name is
// weak (many people share one), a company name much less so.
const WEIGHTS: Record<string, Record<KeyKind, number>> = {
  account: { email: 0.9, phone: 0.6, domain: 0.8, company: 0.8, name: 0.8 },
  contact: { email: 0.9, phone: 0.75, domain: 0.4, company: 0.5, name: 0.5 },
  lead: { email: 0.9, phone: 0.75, domain: 0.4, company: 0.45, name: 0.5 },
}

const PERCENT = (n: number) => Math.round(n * 100)

function reasonText(recordType: string, m: Match): string {
  const shown = m.value.startsWith('#') ? m.value.slice(1) : m.value
  switch (m.kind) {
    case 'email':
      return `same email ${shown}`
    case 'phone':
      return `same phone ${shown}`
    case 'domain':
      return `same website domain ${shown}`
    case 'company':
      return `same company ${shown}`
    case 'name': {
      const what = recordType === 'account' ? 'company name' : 'name'
      return m.similarity >= 1
        ? `same ${what}`
        : `${what} ${PERCENT(m.similarity)}% similar`
    }
  }
}

/**
 * One score from 0 to 1 for a pair: each kind of match counts once, by
 * its strongest instance, and independent kinds add up the way
 * independent evidence does (1 - the product of what each leaves open).
 */
export function scoreMatches(
  recordType: string,
  matches: Match[],
): { score: number; reasons: Reason[] } {
  const weights = WEIGHTS[recordType] ?? WEIGHTS.contact
  const best = new Map<KeyKind, number>()
  for (const m of matches) {
    const w = weights[m.kind] * m.similarity
    best.set(m.kind, Math.max(best.get(m.kind) ?? 0, w))
  }
  let open = 1
  for (const w of best.values()) open *= 1 - w
  const reasons = [...matches]
    .sort(
      (a, b) => weights[b.kind] * b.similarity - weights[a.kind] * a.similarity,
    )
    .map((m) => ({
      kind: m.kind,
      field: m.field,
      otherField: m.otherField,
      similarity: Math.round(m.similarity * 100) / 100,
      text: reasonText(recordType, m),
    }))
  return { score: Math.round((1 - open) * 100) / 100, reasons }
}

/** Drops matches in fields the reader may not see, on either record. */
export function visibleMatches<T extends Match>(
  matches: T[],
  visible: Set<string>,
): T[] {
  const sees = (field: string) =>
    field.split('+').every((name) => visible.has(name))
  return matches.filter((m) => sees(m.field) && sees(m.otherField))
}
