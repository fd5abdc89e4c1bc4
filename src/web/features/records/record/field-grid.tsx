import type { RecordType } from '@/shared/api/record-types'
import type { CrmRecord } from '@/shared/api/types'
import { FieldValue } from './field-value'

const HIDDEN = new Set(['id', 'tenant_id'])

interface FieldGridProps {
  recordType: RecordType
  record: CrmRecord
  types: RecordType[]
}

export function FieldGrid({ recordType, record, types }: FieldGridProps) {
  const fields = recordType.fields.filter(
    (field) =>
      !HIDDEN.has(field.name) &&
      (field.name !== 'deleted_at' || record.deleted_at),
  )

  return (
    <section className="card">
      <h2 className="card-title">Details</h2>
      <dl className="field-grid" data-testid="field-grid">
        {fields.map((field) => (
          <div
            key={field.name}
            className={field.type === 'longtext' ? 'pair pair-wide' : 'pair'}
            data-field={field.name}
          >
            <dt>{field.label}</dt>
            <dd>
              <FieldValue field={field} record={record} types={types} />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
