import { useState } from 'react'
import type { RecordType } from '@/shared/api/record-types'
import { refTarget } from '@/shared/api/ref-target'
import type { CrmRecord } from '@/shared/api/types'
import { formatInstant } from '@/shared/format/dates'
import { RefValue } from '@/shared/ui/ref-value'
import { ConvertDialog } from './convert-dialog'

interface ConversionPanelProps {
  recordType: RecordType
  record: CrmRecord
  types: RecordType[]
}

const BECAME = [
  ['converted_contact_id', 'Contact'],
  ['converted_account_id', 'Account'],
  ['converted_opportunity_id', 'Opportunity'],
] as const

/** What the converted lead became, with links. */
function Converted({ recordType, record, types }: ConversionPanelProps) {
  return (
    <section
      className="card"
      data-testid="lead-converted"
      aria-label="Conversion"
    >
      <h2 className="card-title">Converted</h2>
      <p className="muted">
        {formatInstant(String(record.converted_at))}: this lead became
      </p>
      <dl className="conversion-made">
        {BECAME.map(([name, label]) => {
          const field = recordType.fields.find((f) => f.name === name)
          if (!field || !record[name]) return null
          return (
            <div key={name}>
              <dt>{label}</dt>
              <dd>
                <RefValue
                  field={field}
                  record={record}
                  target={refTarget(field, types)}
                />
              </dd>
            </div>
          )
        })}
      </dl>
    </section>
  )
}

/**
 * On a lead's page: convert it into a contact, its account and perhaps an
 * opportunity, or, once converted, what it became.
 */
export function ConversionPanel(props: ConversionPanelProps) {
  const [open, setOpen] = useState(false)
  const { recordType, record } = props
  if (record.converted_at) return <Converted {...props} />
  if (!recordType.actions.includes('edit')) return null

  return (
    <section
      className="card"
      data-testid="lead-conversion"
      aria-label="Conversion"
    >
      <h2 className="card-title">Conversion</h2>
      <p className="muted">
        Qualified? Make this lead a contact at its account, and open an
        opportunity if there is one. Its activities come along.
      </p>
      <button
        type="button"
        className="button button-primary"
        onClick={() => setOpen(true)}
      >
        Convert lead
      </button>
      {open && (
        <ConvertDialog leadId={record.id} onClose={() => setOpen(false)} />
      )}
    </section>
  )
}
