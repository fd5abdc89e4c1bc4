// Exact arithmetic on decimal strings such as '1250.50', so that column
// totals on the board never drift through floating point.

function split(value: string): { digits: bigint; scale: number } {
  const trimmed = value.trim() || '0'
  const negative = trimmed.startsWith('-')
  const unsigned = negative ? trimmed.slice(1) : trimmed
  const [whole = '0', fraction = ''] = unsigned.split('.')
  const digits = BigInt(`${whole || '0'}${fraction}`)
  return { digits: negative ? -digits : digits, scale: fraction.length }
}

function join(digits: bigint, scale: number): string {
  const negative = digits < 0n
  const text = (negative ? -digits : digits).toString().padStart(scale + 1, '0')
  const whole = scale ? text.slice(0, -scale) : text
  const fraction = scale ? `.${text.slice(-scale)}` : ''
  return `${negative ? '-' : ''}${whole}${fraction}`
}

export function addDecimal(a: string, b: string): string {
  const left = split(a)
  const right = split(b)
  const scale = Math.max(left.scale, right.scale)
  const lift = (part: { digits: bigint; scale: number }) =>
    part.digits * 10n ** BigInt(scale - part.scale)
  return join(lift(left) + lift(right), scale)
}

export function subtractDecimal(a: string, b: string): string {
  const negated = b.trim().startsWith('-') ? b.trim().slice(1) : `-${b.trim()}`
  return addDecimal(a, negated)
}

export function compareDecimal(a: string, b: string): number {
  const difference = subtractDecimal(a, b)
  if (/^-?0*\.?0*$/.test(difference)) return 0
  return difference.startsWith('-') ? -1 : 1
}
