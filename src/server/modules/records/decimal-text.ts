import { Decimal } from 'decimal.js'

const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/

/**
 * The exact decimal a client meant, as plain text ("1e21" never reaches
 * the database), or undefined when the input is not a number. JSON numbers
 * are read through their shortest round-trip text, so 0.1 stays 0.1.
 */
export function decimalText(value: unknown): string | undefined {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? new Decimal(value).toFixed() : undefined
  }
  if (typeof value !== 'string') return undefined
  const text = value.trim()
  return PLAIN_DECIMAL.test(text) ? text : undefined
}

export function integerDigits(text: string): number {
  return text
    .replace('-', '')
    .split('.')[0]
    .replace(/^0+(?=\d)/, '').length
}

export function decimalPlaces(text: string): number {
  return text.split('.')[1]?.length ?? 0
}

export function sameDecimal(a: unknown, b: unknown): boolean {
  const x = decimalText(a)
  const y = decimalText(b)
  return x !== undefined && y !== undefined && new Decimal(x).eq(y)
}
