import type { FieldMeta } from '@/shared/api/record-types'
import { formatInstant } from '@/shared/format/dates'
import type { AuditEntry } from '../api/get-audit'
import { AuditChanges } from './audit-changes'

const ACTIONS: Record<string, string> = {
  create: 'created this record',
  update: 'changed',
  delete: 'moved this record to the trash',
  restore: 'restored this record',
}

interface AuditEntryProps {
  entry: AuditEntry
  fields: FieldMeta[]
  currency: string
}

export function AuditEntryItem({ entry, fields, currency }: AuditEntryProps) {
  const changes = Object.entries(entry.changes ?? {})
  const list = (
    <AuditChanges changes={changes} fields={fields} currency={currency} />
  )

  return (
    <li
      className="audit-entry"
      data-testid="audit-entry"
      data-action={entry.action}
    >
      <div className="audit-line">
        <strong>{entry.actor?.name ?? 'System'}</strong>
        <span className="audit-action">
          {ACTIONS[entry.action] ?? entry.action}
        </span>
        <time dateTime={entry.at}>{formatInstant(entry.at)}</time>
      </div>
      {changes.length > 0 &&
        (entry.action === 'create' ? (
          <details>
            <summary>{changes.length} fields set</summary>
            {list}
          </details>
        ) : (
          list
        ))}
      {entry.reasonCode && (
        <span className="badge badge-code" data-testid="audit-reason">
          {entry.reasonCode}
        </span>
      )}
    </li>
  )
}
