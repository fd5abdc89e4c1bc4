// Mail services that deliver local+tag@ to local@, so both name one
// mailbox. Elsewhere a + may be part of the address, and is kept.
const PLUS_ADDRESSING = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'fastmail.com',
  'proton.me',
  'protonmail.com',
])

// Gmail also ignores dots in the local part, and googlemail.com is the
// same service under another name.
const GMAIL = new Set(['gmail.com', 'googlemail.com'])

/**
 * The mailbox an address reaches: trimmed, case-folded, the tag of
 * plus-addressing dropped where the service ignores it; null when the
 * value is blank or not an address.
 */
export function emailKey(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const address = value.trim().normalize('NFC').toLowerCase()
  const at = address.lastIndexOf('@')
  if (at < 1 || at === address.length - 1 || /\s/.test(address)) return null
  let local = address.slice(0, at)
  let domain = address.slice(at + 1).replace(/\.$/, '')
  if (PLUS_ADDRESSING.has(domain)) local = local.replace(/\+.*$/, '')
  if (GMAIL.has(domain)) {
    local = local.replaceAll('.', '')
    domain = 'gmail.com'
  }
  return local ? `${local}@${domain}` : null
}
