import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js'

export const DEFAULT_PHONE_REGION: CountryCode = 'US'

const E164 = /^\+[1-9]\d{6,14}$/

/**
 * A phone number in E.164 ("+442079460958"), read in the workspace's
 * region when it has no country code. A number already in E.164 is kept
 * as written even if no numbering plan knows it. A number that no plan
 * makes possible but has seven digits or more is keyed by its digits, so
 * two records holding it as written still match; blank values, and too
 * few digits, give no key.
 */
export function phoneKey(
  value: unknown,
  region: CountryCode = DEFAULT_PHONE_REGION,
): string | null {
  if (typeof value !== 'string') return null
  const text = value.trim()
  if (E164.test(text)) return text
  const digits = text.replace(/\D/g, '')
  if (digits.length < 3) return null
  const parsed = parsePhoneNumberFromString(text, region)
  if (parsed?.isPossible()) return parsed.number
  return digits.length >= 7 ? `#${digits}` : null
}
