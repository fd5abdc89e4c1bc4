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
function toIsoInstant(value: string): string {
  if (value.endsWith('+00')) return `${value.slice(0, -3).replace(' ', 'T')}Z`
  return (parseInstant(value) as Date).toISOString()
}

export const typeParsers: Record<number, (value: string) => unknown> = {
  [OID.int8]: (value) => Number(value),
  [OID.numeric]: (value) => value,
  [OID.date]: (value) => value,
  [OID.timestamp]: (value) => value,
  [OID.timestamptz]: toIsoInstant,
}
