import { findRecordType, type RecordType } from '@/shared/api/record-types'
import type { FormErrors } from '@/shared/form/form-errors'
import { FormRow } from '@/shared/form/form-row'
import { hasOptions, isComputed } from '../field-types'
import type { FieldDraft } from '../model/field-draft'
import { formulaFields } from '../model/formula-fields'
import { FormulaInputs } from './formula-inputs'
import { MoreOptions } from './more-options'
import { OptionsEditor } from './options-editor'
import { RollupInputs } from './rollup-inputs'

/** Inputs and groups of inputs these show their server messages beside. */
export const DEFINITION_PLACES = [
  'helpText',
  'required',
  'options',
  'rollup',
  'formula',
  'defaultValue',
  'unique',
  'indexed',
  'min',
  'max',
  'pattern',
]

interface DefinitionInputsProps {
  types: RecordType[]
  draft: FieldDraft
  onChange: (patch: Partial<FieldDraft>) => void
  errors: FormErrors
  /** Set when the field exists: formulas read only fields before it. */
  existing?: string
}

/**
 * What a field's type asks for beyond a label, and the settings every
 * field shares: used by both the Add field and the Edit field forms.
 */
export function DefinitionInputs(props: DefinitionInputsProps) {
  const { types, draft, onChange: set, errors } = props
  const { type } = draft
  const host = findRecordType(types, draft.recordType)
  const rollupError = (field: string) =>
    errors.of(field) ??
    (field === 'rollup.object' ? errors.of('rollup') : undefined)

  return (
    <>
      {type === 'rollup' && (
        <RollupInputs
          types={types}
          recordType={draft.recordType}
          rollup={draft.rollup}
          onChange={(rollup) => set({ rollup })}
          errorOf={rollupError}
        />
      )}
      {type === 'formula' && (
        <FormulaInputs
          formula={draft.formula}
          fields={formulaFields(host, props.existing)}
          onChange={(formula) => set({ formula })}
          error={errors.of('formula') ?? errors.of('formula.expression')}
          typeError={errors.of('formula.type')}
        />
      )}
      <FormRow label="Help text" error={errors.of('helpText')} wide>
        <input
          id="cf-helpText"
          name="helpText"
          value={draft.helpText}
          onChange={(e) => set({ helpText: e.target.value })}
        />
      </FormRow>
      {!isComputed(type) && (
        <div className="field-wide option-checks">
          <label className="inline-field">
            <input
              type="checkbox"
              name="required"
              checked={draft.required}
              onChange={(e) => set({ required: e.target.checked })}
            />
            Required
          </label>
          {errors.of('required') && (
            <span className="field-error" role="alert">
              {errors.of('required')}
            </span>
          )}
        </div>
      )}
      {hasOptions(type) && (
        <OptionsEditor
          options={draft.options}
          onChange={(options) => set({ options })}
          errors={errors.under('options')}
        />
      )}
      {!isComputed(type) && (
        <MoreOptions draft={draft} onChange={set} errorOf={errors.of} />
      )}
    </>
  )
}
