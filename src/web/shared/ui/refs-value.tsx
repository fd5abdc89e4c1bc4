import { Fragment } from 'react'
import type { FieldMeta } from '@/shared/api/record-types'
import { includeName, type RefTarget } from '@/shared/api/ref-target'
import type { CrmRecord } from '@/shared/api/types'
import { RefLink } from './ref-value'

interface RefsValueProps {
  field: FieldMeta
  record: CrmRecord
  target: RefTarget
}

/** The ids a relation to many holds; anything else holds none. */
export function refIds(value: unknown): string[] {
  if (!Array.isArray(value)) return []
  return value.filter((id): id is string => typeof id === 'string' && !!id)
}

/** The records include= embedded for a relation to many, by id. */
function embeddedById(record: CrmRecord, field: FieldMeta) {
  const list = record[includeName(field)]
  const byId = new Map<string, CrmRecord>()
  if (!Array.isArray(list)) return byId

  for (const item of list) {
    if (item && typeof item === 'object' && 'id' in item) {
      byId.set(String(item.id), item as CrmRecord)
    }
  }
  return byId
}

/**
 * The records a relation to many points at, by their titles. Lists ask
 * for them with include=, so no row fetches its own; a record that was
 * not embedded is fetched once and shared through the query cache.
 */
export function RefsValue({ field, record, target }: RefsValueProps) {
  const ids = refIds(record[field.name])
  const embedded = embeddedById(record, field)

  return (
    <span className="refs-value">
      {ids.map((id, index) => (
        <Fragment key={id}>
          {index > 0 && ', '}
          <RefLink
            target={target}
            id={id}
            embedded={embedded.get(id) ?? null}
          />
        </Fragment>
      ))}
    </span>
  )
}

/** The embedded titles as one line, for a cell's tooltip. */
export function refsText(field: FieldMeta, record: CrmRecord): string {
  const embedded = embeddedById(record, field)
  return refIds(record[field.name])
    .map((id) => embedded.get(id)?.name)
    .filter((name) => typeof name === 'string')
    .join(', ')
}
