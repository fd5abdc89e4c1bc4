import { type RawBuilder, sql } from 'kysely'
import type { RecordType, Values } from './record-type.js'

/** Splits values into built-in columns and the custom fields' JSON. */
export function splitCustom(type: RecordType, values: Values) {
  const columns: Values = {}
  const custom: Values = {}
  for (const [name, value] of Object.entries(values)) {
    const field = type.fields.find((f) => f.name === name)
    if (field?.custom) custom[name] = value
    else columns[name] = value
  }
  return { columns, custom }
}

/** A stored row with its custom values beside the built-in ones. */
export function flattenCustom(row: Values): Values {
  const { custom, ...rest } = row
  return { ...rest, ...((custom as Values | null) ?? {}) }
}

/** SET clause that merges changed custom values into the stored ones. */
export function mergeCustom(custom: Values): RawBuilder<unknown> {
  return sql`custom = custom || ${JSON.stringify(custom)}::jsonb`
}
