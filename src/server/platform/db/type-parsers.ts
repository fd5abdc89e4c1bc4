import pg from 'pg'

// Both drivers hand values back in one shape: calendar dates stay
// 'YYYY-MM-DD' strings, instants become ISO 8601 strings, numeric stays an
// exact decimal string, and int8 becomes a number (counts and sizes only).
export const OID = {
  int8: 20,
  numeric: 1700,
  date: 1082,
  timestamp: 1114,
  timestamptz: 1184,
} as const

const parseInstant = pg.types.getTypeParser(OID.timestamptz, 'text')

function toIsoInstant(value: string): string {
  return (parseInstant(value) as Date).toISOString()
}

export const typeParsers: Record<number, (value: string) => unknown> = {
  [OID.int8]: (value) => Number(value),
  [OID.numeric]: (value) => value,
  [OID.date]: (value) => value,
  [OID.timestamp]: (value) => value,
  [OID.timestamptz]: toIsoInstant,
}
