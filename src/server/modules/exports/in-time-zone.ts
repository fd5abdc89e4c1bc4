const formats = new Map<string, Intl.DateTimeFormat>()

function formatIn(zone: string): Intl.DateTimeFormat {
  let format = formats.get(zone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
    formats.set(zone, format)
  }
  return format
}

const pad = (n: number) => String(Math.abs(n)).padStart(2, '0')

/**
 * An instant as ISO 8601 in a time zone, with that zone's offset then:
 * "2026-12-04T11:00:00+01:00" for 10:00 UTC in Berlin. Read back, it is
 * the same instant.
 */
export function inTimeZone(instant: string | Date, zone: string): string {
  const date = new Date(instant)
  const parts = Object.fromEntries(
    formatIn(zone)
      .formatToParts(date)
      .map((p) => [p.type, Number(p.value)]),
  )
  const local = Date.UTC(
    parts.year,
    parts.month - 1,
    parts.day,
    parts.hour,
    parts.minute,
    parts.second,
  )
  const offset = Math.round(
    (local - Math.floor(date.getTime() / 1000) * 1000) / 60_000,
  )
  const sign = offset < 0 ? '-' : '+'
  const zoneText =
    offset === 0
      ? 'Z'
      : `${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`
  return (
    `${parts.year}-${pad(parts.month)}-${pad(parts.day)}` +
    `T${pad(parts.hour)}:${pad(parts.minute)}:${pad(parts.second)}${zoneText}`
  )
}
