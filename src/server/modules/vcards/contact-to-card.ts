import ICAL from 'ical.js'
import type { Values } from '../records/record-type.js'

export const VCARD_VERSIONS = ['4.0', '3.0'] as const
export type VcardVersion = (typeof VCARD_VERSIONS)[number]

const text = (value: unknown) => (typeof value === 'string' ? value : '')

function add(
  card: ICAL.Component,
  name: string,
  value: string | string[],
  params: Record<string, string | string[]> = {},
) {
  const property = new ICAL.Property(name)
  property.setValue(value)
  for (const [key, v] of Object.entries(params)) property.setParameter(key, v)
  card.addProperty(property)
}

// 4.0 ranks with PREF=1; 3.0 marks the preferred value with TYPE=pref.
function preferred(
  version: VcardVersion,
  types: string[],
): Record<string, string | string[]> {
  return version === '4.0'
    ? { type: types, pref: '1' }
    : { type: [...types, 'pref'] }
}

/**
 * A contact as one vCard, with only the fields the reader was given:
 * fields hidden from them are absent from `contact`, so from the card.
 * `accountName` is the account it works at, written as ORG.
 */
export function cardFromContact(
  contact: Values,
  accountName: string | undefined,
  version: VcardVersion,
): string {
  const card = new ICAL.Component('vcard')
  card.addPropertyWithValue('version', version)
  card.addPropertyWithValue('prodid', '-//Rapport//CRM//EN')
  const last = text(contact.last_name)
  const first = text(contact.first_name)
  add(card, 'fn', [first, last].filter(Boolean).join(' '))
  add(card, 'n', [last, first, '', '', ''])
  if (contact.title) add(card, 'title', text(contact.title))
  if (accountName) add(card, 'org', [accountName])

  const email = version === '4.0' ? ['work'] : ['internet', 'work']
  if (contact.email) {
    add(card, 'email', text(contact.email), preferred(version, email))
  }
  if (contact.secondary_email) {
    add(card, 'email', text(contact.secondary_email), { type: email })
  }
  if (contact.phone) {
    add(card, 'tel', text(contact.phone), preferred(version, ['work', 'voice']))
  }
  if (contact.mobile_phone) {
    add(card, 'tel', text(contact.mobile_phone), { type: ['cell', 'voice'] })
  }
  if (contact.mailing_city || contact.mailing_country) {
    const place = ['', '', '', text(contact.mailing_city), '', '']
    add(card, 'adr', [...place, text(contact.mailing_country)], {
      type: ['work'],
    })
  }
  if (contact.description) add(card, 'note', text(contact.description))
  add(
    card,
    'uid',
    version === '4.0' ? `urn:uuid:${contact.id}` : text(contact.id),
  )
  return `${card.toString().replace(/\r?\n/g, '\r\n')}\r\n`
}
