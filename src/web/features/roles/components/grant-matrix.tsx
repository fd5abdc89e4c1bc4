import type { RecordType } from '@/shared/api/record-types'
import { type Grant, RECORD_ACTIONS, type Scope } from '@/shared/api/roles'
import { matrixRows, withScope } from '../model/grant-matrix'
import { ACTION_LABELS, SCOPE_HELP, SCOPE_LABELS } from '../model/grant-words'
import { ScopeCell } from './scope-cell'

interface GrantMatrixProps {
  grants: Grant[]
  types: RecordType[]
  /** Makes each cell a select; without it the matrix is read-only. */
  onChange?: (grants: Grant[]) => void
}

/** A role's grants: a row per record type, a column per action. */
export function GrantMatrix({ grants, types, onChange }: GrantMatrixProps) {
  const rows = matrixRows(types)

  return (
    <div className="grant-matrix" data-testid="grant-matrix">
      <table className="simple-table">
        <thead>
          <tr>
            <th>Record type</th>
            {RECORD_ACTIONS.map((action) => (
              <th key={action}>{ACTION_LABELS[action]}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.recordType} data-record-type={row.recordType}>
              <th scope="row">{row.label}</th>
              {RECORD_ACTIONS.map((action) => (
                <td key={action} data-action={action}>
                  <ScopeCell
                    grants={grants}
                    recordType={row.recordType}
                    action={action}
                    label={`${row.label}: ${ACTION_LABELS[action]}`}
                    onChange={
                      onChange &&
                      ((current, scope) =>
                        onChange(
                          withScope(
                            current,
                            { recordType: row.recordType, action },
                            (scope || undefined) as Scope | undefined,
                          ),
                        ))
                    }
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <ScopeLegend />
    </div>
  )
}

function ScopeLegend() {
  const scopes = Object.keys(SCOPE_HELP) as Scope[]
  return (
    <p className="field-help grant-legend">
      {scopes.map((scope) => (
        <span key={scope}>
          <strong>{SCOPE_LABELS[scope]}</strong>: {SCOPE_HELP[scope]}.{' '}
        </span>
      ))}
      A type without a rule of its own follows “All other types”.
    </p>
  )
}
