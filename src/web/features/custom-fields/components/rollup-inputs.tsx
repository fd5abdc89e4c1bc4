import type { RecordType } from '@/shared/api/record-types'
import { FormRow } from '@/shared/form/form-row'
import type { FieldDraft, RollupFn } from '../model/field-draft'
import { rollupSources } from '../model/rollup-sources'

const FUNCTIONS: { fn: RollupFn; label: string }[] = [
  { fn: 'sum', label: 'Sum' },
  { fn: 'count', label: 'Count' },
  { fn: 'min', label: 'Smallest' },
  { fn: 'max', label: 'Largest' },
]

type Rollup = FieldDraft['rollup']

interface RollupInputsProps {
  types: RecordType[]
  recordType: string
  rollup: Rollup
  onChange: (rollup: Rollup) => void
  errorOf: (field: string) => string | undefined
}

/**
 * Which records a rollup summarises (a type with a relation pointing
 * here), through which relation, and how.
 */
export function RollupInputs(props: RollupInputsProps) {
  const { rollup, errorOf } = props
  const sources = rollupSources(props.types, props.recordType)
  const source = sources.find((s) => s.type.name === rollup.object)
  const set = (patch: Partial<Rollup>) =>
    props.onChange({ ...rollup, ...patch })

  const pickObject = (object: string) => {
    const next = sources.find((s) => s.type.name === object)
    set({ object, via: next?.via[0]?.name ?? '', field: '' })
  }

  if (sources.length === 0) {
    return (
      <p className="field field-wide field-help" role="note">
        No record type has a relation to this one yet. Add a Relation or a
        Relation to many field that points here first, then roll its records up.
      </p>
    )
  }

  return (
    <>
      <FormRow label="Summarise" error={errorOf('rollup.object')}>
        <select
          id="cf-rollup-object"
          name="rollupObject"
          value={rollup.object}
          required
          onChange={(e) => pickObject(e.target.value)}
        >
          <option value="">Choose records…</option>
          {sources.map((s) => (
            <option key={s.type.name} value={s.type.name}>
              {s.type.pluralLabel}
            </option>
          ))}
        </select>
      </FormRow>
      <FormRow label="Through" error={errorOf('rollup.via')}>
        <select
          id="cf-rollup-via"
          name="rollupVia"
          value={rollup.via}
          required
          onChange={(e) => set({ via: e.target.value })}
        >
          {!source && <option value="">—</option>}
          {source?.via.map((field) => (
            <option key={field.name} value={field.name}>
              {field.label} ({field.name})
            </option>
          ))}
        </select>
      </FormRow>
      <FormRow label="Function" error={errorOf('rollup.fn')}>
        <select
          id="cf-rollup-fn"
          name="rollupFn"
          value={rollup.fn}
          onChange={(e) => set({ fn: e.target.value as RollupFn })}
        >
          {FUNCTIONS.map((f) => (
            <option key={f.fn} value={f.fn}>
              {f.label}
            </option>
          ))}
        </select>
      </FormRow>
      {rollup.fn !== 'count' && (
        <FormRow label="Of field" error={errorOf('rollup.field')}>
          <select
            id="cf-rollup-field"
            name="rollupField"
            value={rollup.field}
            required
            onChange={(e) => set({ field: e.target.value })}
          >
            <option value="">Choose a field…</option>
            {source?.values.map((field) => (
              <option key={field.name} value={field.name}>
                {field.label}
              </option>
            ))}
          </select>
        </FormRow>
      )}
    </>
  )
}
