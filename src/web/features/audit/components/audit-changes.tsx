import type { FieldMeta } from '@/shared/api/record-types'
import type { AuditChange } from '../api/get-audit'
import { AuditValue } from './audit-value'

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
