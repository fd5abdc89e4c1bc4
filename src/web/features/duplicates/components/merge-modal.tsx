import { useState } from 'react'
import { errorMessage } from '@/app/api-error'
import { useRecord } from '@/shared/api/get-record'
import { useRecordType } from '@/shared/api/record-types'
import type { CrmRecord } from '@/shared/api/types'
import { formatFieldValue } from '@/shared/format/format-value'
import { Modal } from '@/shared/ui/modal'
import { ErrorState, Loading } from '@/shared/ui/states'
import { type MergeResult, useMergeRecords } from '../api/merge-records'
import { defaultChoices, mergeableFields } from '../model/merge-choices'

interface MergeModalProps {
  plural: string
  ids: [string, string]
  title: (record: CrmRecord) => string
  onClose: () => void
  onMerged: (result: MergeResult) => void
}

interface ChooserProps extends MergeModalProps {
  records: [CrmRecord, CrmRecord]
}

function Chooser(props: ChooserProps) {
  const { plural, records, title } = props
  const type = useRecordType(plural).recordType
  const merge = useMergeRecords()
  const [survivorId, setSurvivorId] = useState(records[0].id)
  const survivor = records.find((r) => r.id === survivorId) ?? records[0]
  const other = records.find((r) => r.id !== survivorId) ?? records[1]
  const fields = mergeableFields(type?.fields ?? [], survivor, other)
  const [choices, setChoices] = useState(() =>
    defaultChoices(fields, survivor, other),
  )
  const keep = (name: string) => choices[name] ?? survivor.id

  const submit = () =>
    merge.mutate(
      {
        plural,
        survivorId,
        mergedIds: [other.id],
        values: Object.fromEntries(fields.map((f) => [f.name, keep(f.name)])),
      },
      { onSuccess: props.onMerged },
    )

  return (
    <div className="merge-chooser">
      <fieldset className="merge-survivor">
        <legend>Keep as the record</legend>
        {records.map((r) => (
          <label key={r.id}>
            <input
              type="radio"
              name="survivor"
              checked={r.id === survivorId}
              onChange={() => {
                setSurvivorId(r.id)
                const next = records.find((x) => x.id !== r.id) ?? r
                setChoices(defaultChoices(fields, r, next))
              }}
            />
            {title(r)}
          </label>
        ))}
      </fieldset>
      <table className="simple-table merge-table">
        <thead>
          <tr>
            <th>Field</th>
            {records.map((r) => (
              <th key={r.id}>{title(r)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {fields.map((f) => (
            <tr key={f.name}>
              <th scope="row">{f.label}</th>
              {records.map((r) => (
                <td key={r.id}>
                  <label className="merge-value">
                    <input
                      type="radio"
                      name={`keep-${f.name}`}
                      aria-label={`${f.label} from ${title(r)}`}
                      checked={keep(f.name) === r.id}
                      onChange={() =>
                        setChoices({ ...choices, [f.name]: r.id })
                      }
                    />
                    {formatFieldValue(f, r) || <span className="muted">—</span>}
                  </label>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">
        Activities, deals, links and shares of {title(other)} move to{' '}
        {title(survivor)}; {title(other)} is kept as deleted, and the merge can
        be undone.
      </p>
      {merge.error && <ErrorState error={merge.error} />}
      <footer className="form-actions">
        <button type="button" className="button" onClick={props.onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="button button-primary"
          disabled={merge.isPending}
          onClick={submit}
        >
          {merge.isPending ? 'Merging…' : 'Merge'}
        </button>
      </footer>
    </div>
  )
}

/** Merging two records: which survives, and which value of each field. */
export function MergeModal(props: MergeModalProps) {
  const a = useRecord(props.plural, props.ids[0])
  const b = useRecord(props.plural, props.ids[1])
  const failed = a.error ?? b.error
  return (
    <Modal title="Merge records" onClose={props.onClose} wide>
      {failed && <p role="alert">{errorMessage(failed)}</p>}
      {(a.isPending || b.isPending) && <Loading />}
      {a.data && b.data && <Chooser {...props} records={[a.data, b.data]} />}
    </Modal>
  )
}
