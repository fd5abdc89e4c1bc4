import { useRef } from 'react'
import type { FieldMeta } from '@/shared/api/record-types'
import { FormRow } from '@/shared/form/form-row'
import type { FormulaInput, FormulaType } from '../api/custom-field'
import { FORMULA_TYPE_LABELS } from '../field-types'
import { type FormulaFields, insertName } from '../model/formula-fields'

const RESULT_TYPES = Object.keys(FORMULA_TYPE_LABELS) as FormulaType[]

interface FormulaInputsProps {
  formula: FormulaInput
  fields: FormulaFields
  onChange: (formula: FormulaInput) => void
  /** The server's word on the expression, shown beside it. */
  error: string | undefined
  typeError: string | undefined
}

interface ChipsProps {
  title: string
  fields: FieldMeta[]
  onPick: (name: string) => void
}

function FieldChips({ title, fields, onPick }: ChipsProps) {
  if (fields.length === 0) return null
  return (
    <fieldset className="formula-chips">
      <legend className="field-help">{title}</legend>
      {fields.map((field) => (
        <button
          key={field.name}
          type="button"
          className="chip"
          title={field.label}
          onClick={() => onPick(field.name)}
        >
          {field.name}
        </button>
      ))}
    </fieldset>
  )
}

/** The expression of a formula field, its result type and what it may use. */
export function FormulaInputs(props: FormulaInputsProps) {
  const { formula, fields, onChange } = props
  const input = useRef<HTMLTextAreaElement>(null)

  // Puts a field's name where the cursor was, then puts the cursor after it.
  const pick = (name: string) => {
    const element = input.current
    const end = element?.selectionEnd ?? formula.expression.length
    const start = element?.selectionStart ?? end
    const next = insertName(formula.expression, name, start, end)
    onChange({ ...formula, expression: next.expression })
    requestAnimationFrame(() => {
      element?.focus()
      element?.setSelectionRange(next.cursor, next.cursor)
    })
  }

  return (
    <>
      <div className="field field-wide">
        <label htmlFor="cf-formula">Formula</label>
        <textarea
          ref={input}
          id="cf-formula"
          name="formula"
          className="formula-input"
          rows={2}
          spellCheck={false}
          value={formula.expression}
          required
          onChange={(e) => onChange({ ...formula, expression: e.target.value })}
        />
        <span className="field-help">
          Use number fields of this record type by API name, numbers,{' '}
          <code>+ - * /</code> and brackets, <code>round(x, places)</code>,{' '}
          <code>abs</code>, <code>coalesce</code>, <code>min</code>,{' '}
          <code>max</code> and <code>days_between(date1, date2)</code>.
        </span>
        <FieldChips title="Numbers" fields={fields.numbers} onPick={pick} />
        <FieldChips title="Dates" fields={fields.dates} onPick={pick} />
        {props.error && (
          <span className="field-error" role="alert">
            {props.error}
          </span>
        )}
      </div>
      <FormRow label="Result" error={props.typeError}>
        <select
          id="cf-formula-type"
          name="formulaType"
          value={formula.type}
          onChange={(e) =>
            onChange({ ...formula, type: e.target.value as FormulaType })
          }
        >
          {RESULT_TYPES.map((type) => (
            <option key={type} value={type}>
              {FORMULA_TYPE_LABELS[type]}
            </option>
          ))}
        </select>
      </FormRow>
    </>
  )
}
