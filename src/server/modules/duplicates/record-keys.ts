import type { CountryCode } from 'libphonenumber-js'
import type { Values } from '../records/record-type.js'
import { companyKey, domainKey, personKey } from './company-key.js'
import { emailKey } from './email-key.js'
import { phoneKey } from './phone-key.js'

export const KEY_KINDS = [
  'email',
  'phone',
  'domain',
  'company',
  'name',
] as const
export type KeyKind = (typeof KEY_KINDS)[number]

/** One matching key of a record, and the field or fields it came from. */
export interface RecordKey {
  kind: KeyKind
  /** Field names joined by "+", e.g. "first_name+last_name". */
  field: string
  value: string
}

interface KeySource {
  kind: KeyKind
  fields: string[]
}

const one = (kind: KeyKind, field: string): KeySource => ({
  kind,
  fields: [field],
})
const personName: KeySource = {
  kind: 'name',
  fields: ['first_name', 'last_name'],
}

// Where each record type's keys come from. An account's name is compared
// as a company name; a lead carries both a person and a company. Custom
// email and phone fields are added to these by the workspace's fields.
const SOURCES: Record<string, KeySource[]> = {
  account: [
    one('name', 'name'),
    one('domain', 'domain'),
    one('domain', 'website'),
    one('phone', 'phone'),
  ],
  contact: [
    personName,
    one('email', 'email'),
    one('email', 'secondary_email'),
    one('phone', 'phone'),
    one('phone', 'mobile_phone'),
  ],
  lead: [
    personName,
    one('company', 'company'),
    one('email', 'email'),
    one('phone', 'phone'),
    one('domain', 'website'),
  ],
}

export const DUPLICATE_TYPES = Object.keys(SOURCES)

export interface ExtraField {
  name: string
  type: string
}

export function keySources(
  recordType: string,
  custom: ExtraField[] = [],
): KeySource[] {
  const extra = custom.flatMap((f) =>
    f.type === 'email' || f.type === 'phone' ? [one(f.type, f.name)] : [],
  )
  return [...(SOURCES[recordType] ?? []), ...extra]
}

function keyOf(
  recordType: string,
  source: KeySource,
  row: Values,
  region: CountryCode,
): string | null {
  const [first, second] = source.fields.map((f) => row[f])
  switch (source.kind) {
    case 'email':
      return emailKey(first)
    case 'phone':
      return phoneKey(first, region)
    case 'domain':
      return domainKey(first)
    case 'company':
      return companyKey(first)
    case 'name':
      return recordType === 'account'
        ? companyKey(first)
        : personKey(first, second)
  }
}

/** Every key of one record, each once per field it came from. */
export function recordKeys(
  recordType: string,
  sources: KeySource[],
  row: Values,
  region: CountryCode,
): RecordKey[] {
  const seen = new Set<string>()
  const keys: RecordKey[] = []
  for (const source of sources) {
    const value = keyOf(recordType, source, row, region)
    const field = source.fields.join('+')
    const id = `${source.kind}\u0000${field}\u0000${value}`
    if (value === null || seen.has(id)) continue
    seen.add(id)
    keys.push({ kind: source.kind, field, value })
  }
  return keys
}
