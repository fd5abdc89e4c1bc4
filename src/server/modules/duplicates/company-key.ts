import { foldText } from './fold-text.js'

// Words naming a company's legal form rather than the company: "Acme
// Inc." and "ACME, Incorporated" are one company.
const LEGAL_FORMS = new Set(
  [
    'inc incorporated corp corporation co company ltd limited llc llp lp',
    'plc pllc gmbh mbh ag kg ohg ug sa sas sarl sa de cv srl spa bv nv',
    'oy oyj ab as asa aps pty pvt pte kk sdn bhd group holding holdings',
  ]
    .join(' ')
    .split(' '),
)

/**
 * A company name without case, accents, punctuation, a leading "the" or
 * trailing legal forms; null when nothing else is left.
 */
export function companyKey(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const words = foldText(value.replaceAll('&', ' and ')).split(' ')
  if (words[0] === 'the' && words.length > 1) words.shift()
  // "& Co. KG": an "and" left at the end joined legal forms.
  const trailing = (w = '') => LEGAL_FORMS.has(w) || w === 'and'
  while (words.length > 1 && trailing(words.at(-1))) words.pop()
  const key = words.join(' ')
  return key && !LEGAL_FORMS.has(key) ? key : null
}

/**
 * The host of a website or domain, lower case, without scheme, path,
 * port or a leading "www.": "https://WWW.Acme.com/about" is "acme.com".
 */
export function domainKey(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const host = value
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/^[^@/]*@/, '')
    .replace(/[/?#:].*$/, '')
    .replace(/^www\d*\./, '')
    .replace(/\.$/, '')
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) ? host : null
}

/** A person's name, first then last, without case or accents. */
export function personKey(first: unknown, last: unknown): string | null {
  const parts = [first, last].filter((p) => typeof p === 'string') as string[]
  const key = foldText(parts.join(' '))
  return key || null
}
