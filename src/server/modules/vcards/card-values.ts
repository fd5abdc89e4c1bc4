import type ICAL from 'ical.js'

type Property = ICAL.Property

/** A value as one string: list and structured parts joined, trimmed. */
export function textOf(value: unknown): string {
  if (Array.isArray(value)) {
    return value
      .map(textOf)
      .filter((part) => part !== '')
      .join(', ')
  }
  return value == null ? '' : String(value).trim()
}

/** A structured value's parts (N, ADR, ORG), each as one string. */
export function partsOf(property: Property | null): string[] {
  const value = property?.getFirstValue()
  if (value == null) return []
  return Array.isArray(value) ? value.map(textOf) : [textOf(value)]
}

/** TYPE parameters in lower case, however the card wrote them. */
export function typesOf(property: Property): string[] {
  const raw = property.getParameter('type')
  const list = Array.isArray(raw) ? raw : raw ? [raw] : []
  return list.flatMap((t) => String(t).toLowerCase().split(','))
}

// 4.0 ranks with PREF=1..100 (1 first); 3.0 and 2.1 mark with TYPE=pref.
function rank(property: Property): number {
  const pref = Number(property.getParameter('pref'))
  if (Number.isInteger(pref) && pref > 0) return pref
  return typesOf(property).includes('pref') ? 1 : 101
}

/** A card's properties of one name, the preferred first, else in order. */
export function preferredFirst(card: ICAL.Component, name: string) {
  return card
    .getAllProperties(name)
    .map((property, i) => ({ property, i }))
    .sort((a, b) => rank(a.property) - rank(b.property) || a.i - b.i)
    .map((p) => p.property)
}
