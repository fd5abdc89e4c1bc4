import type { RecordType } from '@/shared/api/record-types'
import type { Role } from '@/shared/api/roles'
import { RetireButton } from '@/shared/ui/retire-button'
import { EmptyState } from '@/shared/ui/states'
import type { GuardRule } from '../api/guard-rules'
import { useRetireGuardRule } from '../api/retire-guard-rule'
import { describeCondition } from '../model/describe-condition'

const WITHIN_WORDS = {
  own: 'its owner',
  team: 'its owner’s team',
  region: 'its owner’s region',
  manager: 'those its owner reports to',
}

interface GuardRuleTableProps {
  rules: GuardRule[]
  types: RecordType[]
  roles: Role[]
  canManage: boolean
}

/** What the rule does, in words: the action, its fields, its reach. */
function effect(rule: GuardRule, type: RecordType | undefined) {
  const label = (name: string) =>
    type?.fields.find((f) => f.name === name)?.label ?? name
  if (rule.action === 'view') {
    return `Only ${WITHIN_WORDS[rule.within ?? 'own']} may see it`
  }
  if (rule.action === 'delete') return 'Nobody may delete it'
  if (!rule.fields) return 'Nobody may change it'
  return `Nobody may change ${rule.fields.map(label).join(', ')}`
}

export function GuardRuleTable(props: GuardRuleTableProps) {
  const { rules, types, roles, canManage } = props
  const retire = useRetireGuardRule()
  const roleName = (key: string) =>
    roles.find((r) => r.key === key)?.name ?? key

  if (rules.length === 0) {
    return (
      <EmptyState>
        No guard rules yet. A guard rule narrows what roles allow, for records
        that meet a condition; no role widens it.
      </EmptyState>
    )
  }
  return (
    <section className="card card-flush" aria-label="Guard rules">
      <table className="simple-table">
        <thead>
          <tr>
            <th>Rule</th>
            <th>Records</th>
            <th>When</th>
            <th>Then</th>
            <th>Except</th>
            {canManage && <th aria-label="Actions" />}
          </tr>
        </thead>
        <tbody>
          {rules.map((rule) => {
            const type = types.find((t) => t.name === rule.recordType)
            return (
              <tr key={rule.id} data-testid="guard-rule-row">
                <td>{rule.name}</td>
                <td>{type?.pluralLabel ?? rule.recordType}</td>
                <td>{describeCondition(rule.when, type?.fields ?? [])}</td>
                <td>{effect(rule, type)}</td>
                <td>{rule.exceptRoles.map(roleName).join(', ') || '—'}</td>
                {canManage && (
                  <td className="actions-cell">
                    <RetireButton
                      name={rule.name}
                      question={`Retire the guard rule “${rule.name}”?`}
                      retire={() => retire.mutateAsync(rule.id)}
                    />
                  </td>
                )}
              </tr>
            )
          })}
        </tbody>
      </table>
    </section>
  )
}
