import { type Grant, type RecordAction, SCOPES } from '@/shared/api/roles'
import { effectiveScope, OTHER_TYPES, scopeOf } from '../model/grant-matrix'
import { SCOPE_LABELS } from '../model/grant-words'

interface ScopeCellProps {
  grants: Grant[]
  recordType: string
  action: RecordAction
  /** Names the select for assistive technology, e.g. "Accounts: Edit". */
  label: string
  onChange?: (grants: Grant[], scope: string) => void
}

const INHERIT = ''

/**
 * One type and action of a role. A type without a rule of its own follows
 * the role's rule for all other types; it is shown lighter.
 */
export function ScopeCell(props: ScopeCellProps) {
  const { grants, recordType, action, label } = props
  const own = scopeOf(grants, recordType, action)
  const effective = effectiveScope(grants, recordType, action)
  const inherits = recordType !== OTHER_TYPES && own === undefined

  if (!props.onChange) {
    return (
      <span
        className={inherits ? 'scope scope-inherited' : `scope scope-${own}`}
        title={inherits ? 'Follows all other types' : undefined}
      >
        {SCOPE_LABELS[effective]}
      </span>
    )
  }

  const onChange = props.onChange
  return (
    <select
      aria-label={label}
      className={inherits ? 'scope-select scope-inherited' : 'scope-select'}
      value={own ?? INHERIT}
      onChange={(event) => onChange(grants, event.target.value)}
    >
      {recordType !== OTHER_TYPES && (
        <option value={INHERIT}>
          Others: {SCOPE_LABELS[effectiveScope(grants, OTHER_TYPES, action)]}
        </option>
      )}
      {SCOPES.map((scope) => (
        <option key={scope} value={scope}>
          {SCOPE_LABELS[scope]}
        </option>
      ))}
    </select>
  )
}
