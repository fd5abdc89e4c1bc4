import type { DuplicateType } from '../api/duplicates'

type Fields = Record<string, unknown>

const text = (value: unknown) =>
  typeof value === 'string' && value.trim() ? value.trim() : null

/** A record's name as the review list shows it. */
export function recordName(type: DuplicateType, fields: Fields): string {
  if (type === 'account') return text(fields.name) ?? 'Unnamed account'
  const name = [text(fields.first_name), text(fields.last_name)]
    .filter(Boolean)
    .join(' ')
  return name || 'Unnamed'
}

// What tells two records apart at a glance, in this order.
const DETAILS: Record<DuplicateType, string[]> = {
  account: ['domain', 'website', 'phone', 'billing_city'],
  contact: ['title', 'email', 'secondary_email', 'phone', 'mobile_phone'],
  lead: ['company', 'email', 'phone', 'status'],
}

/** The few values beside a record's name, where the reader may see them. */
export function recordDetails(type: DuplicateType, fields: Fields): string[] {
  return DETAILS[type].flatMap((name) => {
    const value = text(fields[name])
    return value ? [value] : []
  })
}

export const scoreWords = (score: number) => `${Math.round(score * 100)}%`
