import pg from 'pg'

// Both drivers hand values back in one shape: calendar dates stay
// 'YYYY-MM-DD' strings, instants become ISO 8601 strings in UTC, numeric stays an
// exact decimal string, and int8 becomes a number (counts and sizes only).
export const OID = {
  int8: 20,
  numeric: 1700,
  date: 1082,
  timestamp: 1114,
  timestamptz: 1184,
} as const

const parseInstant = pg.types.getTypeParser(OID.timestamptz, 'text')

// Sessions run in UTC (see database.ts), so PostgreSQL prints instants as
// '2026-01-02 03:04:05.123456+00'. Rewriting that text keeps microseconds,
// which keyset cursors need to compare equal to the stored value.
// PostgreSQL drops trailing zeros of the fraction; padding it to six digits
// gives one fixed width, so instants also sort correctly as text.
const UTC_INSTANT =
  /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})(?:\.(\d{1,6}))?\+00$/

function toIsoInstant(value: string): string {
  const utc = UTC_INSTANT.exec(value)
  if (utc) {
    const [, day, time, fraction = ''] = utc
    return `${day}T${time}.${fraction.padEnd(6, '0')}Z`
  }
  return (parseInstant(value) as Date).toISOString()
}

export const typeParsers: Record<number, (value: string) => unknown> = {
  [OID.int8]: (value) => Number(value),
  [OID.numeric]: (value) => value,
  [OID.date]: (value) => value,
  [OID.timestamp]: (value) => value,
  [OID.timestamptz]: toIsoInstant,
}
