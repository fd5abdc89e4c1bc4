import { errorMessage } from '@/app/api-error'
import type { FieldMeta } from '@/shared/api/record-types'
import type { FieldAccess } from '../api/list-field-rules'
import { useSetFieldRule } from '../api/set-field-rule'
import { accessLabel, FIELD_ACCESS } from '../model/field-access'

interface FieldAccessRowProps {
  roleId: string
  recordType: string
  field: FieldMeta
  access: FieldAccess
  canManage: boolean
}

/** One field and what the role may do with it, saved on change. */
export function FieldAccessRow(props: FieldAccessRowProps) {
  const { roleId, recordType, field, canManage } = props
  const save = useSetFieldRule()
  // Show the choice at once; the saved rule replaces it when it lands.
  const access = save.isPending ? save.variables.access : props.access
  const ruled = access === 'editable' ? '' : ' field-access-ruled'

  return (
    <div className={`field-access-row${ruled}`} data-field={field.name}>
      <label htmlFor={`field-access-${field.name}`}>{field.label}</label>
      <select
        id={`field-access-${field.name}`}
        aria-label={`${field.label}: access`}
        value={access}
        disabled={!canManage || save.isPending}
        onChange={(event) =>
          save.mutate({
            roleId,
            recordType,
            field: field.name,
            access: event.target.value as FieldAccess,
          })
        }
      >
        {FIELD_ACCESS.map((option) => (
          <option key={option} value={option}>
            {accessLabel(option, field)}
          </option>
        ))}
      </select>
      {save.error && (
        <span className="field-error field-access-error" role="alert">
          {errorMessage(save.error)}
        </span>
      )}
    </div>
  )
}
