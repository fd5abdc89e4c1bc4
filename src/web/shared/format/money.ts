const formats = new Map<string, Intl.NumberFormat>()

function formatFor(currency: string, compact: boolean): Intl.NumberFormat {
  const key = `${currency}:${compact}`
  let format = formats.get(key)
  if (!format) {
    format = new Intl.NumberFormat(undefined, {
      style: 'currency',
      currency,
      ...(compact ? { notation: 'compact', maximumFractionDigits: 1 } : {}),
    })
    formats.set(key, format)
  }
  return format
}

type NumericString = `${number}`

/** Formats an exact decimal string for display only; never for arithmetic. */
export function formatMoney(
  amount: unknown,
  currency = 'USD',
  compact = false,
): string {
  if (amount === null || amount === undefined || amount === '') return ''
  const value = String(amount) as NumericString
  try {
    return formatFor(currency || 'USD', compact).format(value)
  } catch {
    return `${value} ${currency}`
  }
}

export function formatNumber(value: unknown): string {
  if (value === null || value === undefined || value === '') return ''
  const text = String(value)
  const decimals = text.split('.')[1]?.length ?? 0
  return new Intl.NumberFormat(undefined, {
    minimumFractionDigits: Math.min(decimals, 20),
  }).format(text as NumericString)
}
