import type { FieldMeta } from '@/shared/api/record-types'
import type { AuditChange } from '../api/get-audit'
import { SHARED_WITH } from '../model/share-words'
import { AuditValue } from './audit-value'
import { ShareValue } from './share-value'

interface AuditChangesProps {
  changes: [string, AuditChange][]
  fields: FieldMeta[]
  currency: string
}

function currencyOf(value: unknown, fallback: string): string {
  return typeof value === 'string' && value ? value : fallback
}

export function AuditChanges({ changes, fields, currency }: AuditChangesProps) {
  const currencyChange = changes.find(([name]) => name === 'currency')?.[1]
  const before = currencyOf(currencyChange?.from, currency)
  const after = currencyOf(currencyChange?.to, currency)

  return (
    <ul className="audit-changes">
      {changes.map(([name, change]) => {
        const field = fields.find((candidate) => candidate.name === name)
        if (name === SHARED_WITH) {
          return <ShareChange key={name} change={change} />
        }
        return (
          <li key={name} data-field={name}>
            <span className="audit-field">{field?.label ?? name}</span>
            <AuditValue field={field} value={change.from} currency={before} />
            <span aria-hidden="true">→</span>
            <AuditValue field={field} value={change.to} currency={after} />
          </li>
        )
      })}
    </ul>
  )
}

function ShareChange({ change }: { change: AuditChange }) {
  return (
    <li data-field={SHARED_WITH}>
      <span className="audit-field">Shared with</span>
      <ShareValue value={change.from} />
      <span aria-hidden="true">→</span>
      <ShareValue value={change.to} />
    </li>
  )
}
