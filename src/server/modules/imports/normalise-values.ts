import { Decimal } from 'decimal.js'

// Known misspellings in the source data, corrected on the way in. Each
// correction is counted in the import report so nothing changes silently.
const SECTOR_SPELLING: Record<string, string> = { technolgy: 'technology' }
const COUNTRY_SPELLING: Record<string, string> = { Philipines: 'Philippines' }

export function correctSector(sector: string): string {
  const lower = sector.toLowerCase()
  return SECTOR_SPELLING[lower] ?? lower
}

export function correctCountry(country: string): string {
  return COUNTRY_SPELLING[country] ?? country
}

/** Product names compared without spaces or case: 'GTXPro' is 'GTX Pro'. */
export function productKey(name: string): string {
  return name.replace(/\s+/g, '').toLowerCase()
}

/** 'Mei-Mei Johns' becomes 'mei-mei.johns'. */
export function emailLocalPart(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/\s+/)
    .map((part) => part.replace(/[^a-z0-9-]/g, ''))
    .filter(Boolean)
    .join('.')
}

const DECIMAL = /^\d{1,15}(\.\d{1,6})?$/
const INTEGER = /^\d{1,9}$/
const DATE = /^\d{4}-\d{2}-\d{2}$/

export function parseDecimal(text: string): Decimal | undefined {
  return DECIMAL.test(text) ? new Decimal(text) : undefined
}

export function parseInteger(text: string): number | undefined {
  return INTEGER.test(text) ? Number(text) : undefined
}

/** A calendar date kept as text: it never passes through a Date. */
export function parseCalendarDate(text: string): string | undefined {
  if (!DATE.test(text)) return undefined
  const [y, m, d] = text.split('-').map(Number)
  const probe = new Date(Date.UTC(y, m - 1, d))
  const real = probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d
  return real ? text : undefined
}

/** An amount as stored in a numeric(20, 2) column. */
export function money(value: Decimal): string {
  return value.toFixed(2)
}
