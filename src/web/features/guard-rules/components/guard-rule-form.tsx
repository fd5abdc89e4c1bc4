import { useState } from 'react'
import { useToast } from '@/app/toast'
import type { RecordType } from '@/shared/api/record-types'
import type { Role } from '@/shared/api/roles'
import { formErrors } from '@/shared/form/form-errors'
import { FormRow } from '@/shared/form/form-row'
import { useAddGuardRule } from '../api/add-guard-rule'
import type { GuardAction, GuardRuleInput, Within } from '../api/guard-rules'
import {
  blankDraft,
  type ComparisonDraft,
  comparableFields,
  toComparison,
} from '../model/comparison-draft'
import { ComparisonRow } from './comparison-row'

const PLACED = ['recordType', 'name', 'when', 'action', 'fields', 'within']

const WITHIN: { value: Within; label: string }[] = [
  { value: 'own', label: 'their own records' },
  { value: 'team', label: 'their team’s records' },
  { value: 'region', label: 'their region’s records' },
  { value: 'manager', label: 'the records of their reports' },
]

interface GuardRuleFormProps {
  types: RecordType[]
  roles: Role[]
  onDone: () => void
}

export function GuardRuleForm({ types, roles, onDone }: GuardRuleFormProps) {
  const [typeName, setTypeName] = useState(types[0]?.name ?? '')
  const type = types.find((t) => t.name === typeName)
  const fields = comparableFields(type?.fields ?? [])
  const [name, setName] = useState('')
  const [action, setAction] = useState<GuardAction>('view')
  const [within, setWithin] = useState<Within>('region')
  const [join, setJoin] = useState<'all' | 'any'>('all')
  const [drafts, setDrafts] = useState<ComparisonDraft[]>([
    blankDraft(fields[0]),
  ])
  const [guarded, setGuarded] = useState<string[]>([])
  const [except, setExcept] = useState<string[]>(['administrator'])
  const add = useAddGuardRule()
  const errors = formErrors(add.error, PLACED)
  const toast = useToast()

  const chooseType = (next: string) => {
    setTypeName(next)
    const first = types.find((t) => t.name === next)?.fields
    setDrafts([blankDraft(comparableFields(first ?? [])[0])])
    setGuarded([])
  }

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    const comparisons = drafts.map((d) =>
      toComparison(
        d,
        fields.find((f) => f.name === d.field),
      ),
    )
    const input: GuardRuleInput = {
      recordType: typeName,
      name: name.trim(),
      action,
      when: comparisons.length === 1 ? comparisons[0] : { [join]: comparisons },
      exceptRoles: except,
      ...(action === 'view' ? { within } : {}),
      ...(action === 'edit' && guarded.length > 0 ? { fields: guarded } : {}),
    } as GuardRuleInput
    add.mutate(input, {
      onSuccess: (rule) => {
        toast(`${rule.name} added`, 'success')
        onDone()
      },
    })
  }

  const toggle = (list: string[], value: string, on: boolean) =>
    on ? [...list, value] : list.filter((v) => v !== value)

  return (
    <form
      className="card record-form"
      aria-label="Add guard rule"
      onSubmit={submit}
    >
      <h2 className="card-title">Add guard rule</h2>
      <div className="form-grid">
        <FormRow label="Name" error={errors.of('name')} wide>
          <input
            id="guard-name"
            name="name"
            value={name}
            required
            placeholder="e.g. Closed-won amounts belong to finance"
            onChange={(e) => setName(e.target.value)}
          />
        </FormRow>
        <FormRow label="Record type" error={errors.of('recordType')}>
          <select
            id="guard-type"
            value={typeName}
            onChange={(e) => chooseType(e.target.value)}
          >
            {types.map((t) => (
              <option key={t.name} value={t.name}>
                {t.pluralLabel}
              </option>
            ))}
          </select>
        </FormRow>
        <FormRow label="What it guards" error={errors.of('action')}>
          <select
            id="guard-action"
            value={action}
            onChange={(e) => setAction(e.target.value as GuardAction)}
          >
            <option value="view">Seeing the record</option>
            <option value="edit">Changing the record</option>
            <option value="delete">Deleting the record</option>
          </select>
        </FormRow>
      </div>
      <fieldset className="guard-when" aria-label="When">
        <legend>
          When{' '}
          {drafts.length > 1 && (
            <select
              aria-label="Match"
              value={join}
              onChange={(e) => setJoin(e.target.value as 'all' | 'any')}
            >
              <option value="all">all of these hold</option>
              <option value="any">any of these holds</option>
            </select>
          )}
        </legend>
        {drafts.map((draft, i) => (
          <ComparisonRow
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id
            key={i}
            index={i}
            draft={draft}
            fields={fields}
            onChange={(next) =>
              setDrafts(drafts.map((d, j) => (j === i ? next : d)))
            }
            onRemove={
              drafts.length > 1
                ? () => setDrafts(drafts.filter((_, j) => j !== i))
                : undefined
            }
          />
        ))}
        <button
          type="button"
          className="button button-small"
          onClick={() => setDrafts([...drafts, blankDraft(fields[0])])}
        >
          + Comparison
        </button>
        {errors.of('when') && (
          <span className="field-error" role="alert">
            {errors.of('when')}
          </span>
        )}
      </fieldset>
      {action === 'view' && (
        <FormRow
          label="Then a user sees it only among"
          error={errors.of('within')}
        >
          <select
            id="guard-within"
            value={within}
            onChange={(e) => setWithin(e.target.value as Within)}
          >
            {WITHIN.map((w) => (
              <option key={w.value} value={w.value}>
                {w.label}
              </option>
            ))}
          </select>
        </FormRow>
      )}
      {action === 'edit' && (
        <fieldset
          className="options-editor guard-choices"
          aria-label="Fields it guards"
        >
          <legend>Only these fields (none ticked guards every change)</legend>
          {(type?.fields ?? [])
            .filter((f) => !f.readOnly && !f.computed)
            .map((f) => (
              <label key={f.name} className="inline-field">
                <input
                  type="checkbox"
                  checked={guarded.includes(f.name)}
                  onChange={(e) =>
                    setGuarded(toggle(guarded, f.name, e.target.checked))
                  }
                />
                {f.label}
              </label>
            ))}
        </fieldset>
      )}
      <fieldset
        className="options-editor guard-choices"
        aria-label="Roles it does not stop"
      >
        <legend>Roles it does not stop</legend>
        {roles.map((r) => (
          <label key={r.key} className="inline-field">
            <input
              type="checkbox"
              checked={except.includes(r.key)}
              onChange={(e) =>
                setExcept(toggle(except, r.key, e.target.checked))
              }
            />
            {r.name}
          </label>
        ))}
      </fieldset>
      {errors.rest.map((message) => (
        <p key={message} className="field-error" role="alert">
          {message}
        </p>
      ))}
      <div className="form-actions">
        <button
          type="submit"
          className="button button-primary"
          disabled={add.isPending}
        >
          Add guard rule
        </button>
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  )
}
