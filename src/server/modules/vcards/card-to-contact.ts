import type ICAL from 'ical.js'
import { z } from 'zod'
import type { Values } from '../records/record-type.js'
import { partsOf, preferredFirst, textOf, typesOf } from './card-values.js'

/** The contact a card describes, before the record layer checks it. */
export interface ContactDraft {
  values: Values
  /** The card's organisation: the account it would be linked to. */
  accountName?: string
  warnings: string[]
}

const MOBILE = ['cell', 'mobile', 'iphone']
const NOT_VOICE = ['fax', 'pager']
const anEmail = z.email()

/** last_name and first_name from N, or from FN when N has no family. */
function nameOf(card: ICAL.Component) {
  const [family = '', given = ''] = partsOf(card.getFirstProperty('n'))
  if (family) return { last_name: family, first_name: given }
  const full = textOf(card.getFirstPropertyValue('fn'))
  const words = full.split(/\s+/).filter(Boolean)
  if (words.length > 0) {
    return { last_name: words.at(-1), first_name: words.slice(0, -1).join(' ') }
  }
  return given ? { last_name: given, first_name: '' } : undefined
}

function emailsOf(card: ICAL.Component, warnings: string[]) {
  const kept: string[] = []
  for (const property of preferredFirst(card, 'email')) {
    const address = textOf(property.getFirstValue()).replace(/^mailto:/i, '')
    if (!anEmail.safeParse(address).success) {
      warnings.push(`"${address}" is not an email address and was left out`)
    } else if (!kept.some((k) => k.toLowerCase() === address.toLowerCase())) {
      kept.push(address)
    }
  }
  if (kept.length > 2) {
    warnings.push(`${kept.length - 2} more email address(es) were left out`)
  }
  return { email: kept[0], secondary_email: kept[1] }
}

/** The first mobile number, and the first other voice number. */
function phonesOf(card: ICAL.Component, warnings: string[]) {
  const mobile: string[] = []
  const other: string[] = []
  for (const property of preferredFirst(card, 'tel')) {
    const number = textOf(property.getFirstValue()).replace(/^tel:/i, '')
    const types = typesOf(property)
    if (!number || types.some((t) => NOT_VOICE.includes(t))) continue
    if (types.some((t) => MOBILE.includes(t))) mobile.push(number)
    else other.push(number)
  }
  const left = Math.max(mobile.length - 1, 0) + Math.max(other.length - 1, 0)
  if (left > 0) warnings.push(`${left} more phone number(s) were left out`)
  return { phone: other[0], mobile_phone: mobile[0] }
}

/** The preferred (else the first work, else the first) address's place. */
function placeOf(card: ICAL.Component, warnings: string[]) {
  const addresses = preferredFirst(card, 'adr')
  const preferred = addresses.find(
    (a) => a.getParameter('pref') || typesOf(a).includes('pref'),
  )
  const chosen =
    preferred ??
    addresses.find((a) => typesOf(a).includes('work')) ??
    addresses[0]
  if (!chosen) return {}
  const [, , street, city, , postalCode, country] = partsOf(chosen)
  if (street || postalCode) {
    warnings.push('Only the city and country of the address are kept')
  }
  return { mailing_city: city, mailing_country: country }
}

/**
 * A card as the contact it would create: its name, first two emails,
 * mobile and other phone, title, address city and country, and notes;
 * the organisation names the account. A card with no name is refused.
 */
export function contactFromCard(
  card: ICAL.Component,
): { draft: ContactDraft } | { error: string } {
  const name = nameOf(card)
  if (!name) return { error: 'The card has no name (neither N nor FN)' }

  const warnings: string[] = []
  const notes = card
    .getAllProperties('note')
    .map((n) => textOf(n.getFirstValue()))
  const values: Values = {
    ...name,
    title: textOf(card.getFirstPropertyValue('title')),
    ...emailsOf(card, warnings),
    ...phonesOf(card, warnings),
    ...placeOf(card, warnings),
    description: notes.filter(Boolean).join('\n\n'),
  }
  for (const key of Object.keys(values)) {
    if (!values[key]) delete values[key]
  }
  const [accountName] = partsOf(card.getFirstProperty('org'))
  return { draft: { values, accountName: accountName || undefined, warnings } }
}
