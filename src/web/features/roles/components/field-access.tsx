import { useState } from 'react'
import type { RecordType } from '@/shared/api/record-types'
import type { Role } from '@/shared/api/roles'
import { ErrorState, Loading } from '@/shared/ui/states'
import { useFieldRules } from '../api/list-field-rules'
import { accessOf, ruledFields } from '../model/field-access'
import { FieldAccessRow } from './field-access-row'

interface FieldAccessProps {
  role: Role
  types: RecordType[]
  canManage: boolean
}

/**
 * What the role may do with each field of one record type. A field is
 * hidden or read-only for a user only when every role they hold says so.
 */
export function FieldAccessSection({
  role,
  types,
  canManage,
}: FieldAccessProps) {
  const rules = useFieldRules()
  const [typeName, setTypeName] = useState(types[0]?.name ?? '')
  const type = types.find((t) => t.name === typeName) ?? types[0]

  if (rules.isPending) return <Loading />
  if (rules.error) return <ErrorState error={rules.error} />
  if (!type) return null

  return (
    <div className="field-access" data-testid="field-access">
      <div className="field-access-pick">
        <label htmlFor="field-access-type">Fields of</label>
        <select
          id="field-access-type"
          value={type.name}
          onChange={(event) => setTypeName(event.target.value)}
        >
          {types.map((t) => (
            <option key={t.name} value={t.name}>
              {t.pluralLabel}
            </option>
          ))}
        </select>
      </div>
      <div className="field-access-grid">
        {ruledFields(type).map((field) => (
          <FieldAccessRow
            key={`${type.name}.${field.name}`}
            roleId={role.id}
            recordType={type.name}
            field={field}
            access={accessOf(rules.data, role.id, type.name, field.name)}
            canManage={canManage}
          />
        ))}
      </div>
      <p className="field-help">
        A field is hidden or read-only for someone only when every role they
        hold says so.
      </p>
    </div>
  )
}
