import type { FieldMeta } from '@/shared/api/record-types'
import { formatInstant } from '@/shared/format/dates'
import type { AuditEntry } from '../api/get-audit'
import { AuditValue } from './audit-value'

interface AuditEntryProps {
  entry: AuditEntry
  fields: FieldMeta[]
}

export function AuditEntryItem({ entry, fields }: AuditEntryProps) {
  const changes = Object.entries(entry.changes ?? {})

  return (
    <li className="audit-entry" data-testid="audit-entry">
      <div className="audit-line">
        <strong>{entry.actor?.name ?? 'System'}</strong>
        <span className="audit-action">{entry.action}</span>
        <time dateTime={entry.at}>{formatInstant(entry.at)}</time>
      </div>
      {changes.length > 0 && (
        <ul className="audit-changes">
          {changes.map(([name, change]) => {
            const field = fields.find((candidate) => candidate.name === name)
            return (
              <li key={name} data-field={name}>
                <span className="audit-field">{field?.label ?? name}</span>
                <AuditValue field={field} value={change.from} />
                <span aria-hidden="true">→</span>
                <AuditValue field={field} value={change.to} />
              </li>
            )
          })}
        </ul>
      )}
      {entry.reasonCode && (
        <span className="badge" data-testid="audit-reason">
          {entry.reasonCode}
        </span>
      )}
    </li>
  )
}
