import { useState } from 'react'
import { useRecordTypes } from '@/shared/api/record-types'
import { useRoles } from '@/shared/api/roles'
import { useCurrentUser } from '@/shared/api/session'
import { ErrorState, Loading } from '@/shared/ui/states'
import { useGuardRules } from '../api/guard-rules'
import { GuardRuleForm } from './guard-rule-form'
import { GuardRuleTable } from './guard-rule-table'

/** Admin → Guard rules: conditions that narrow what roles allow. */
export function GuardRulesPage() {
  const rules = useGuardRules()
  const types = useRecordTypes()
  const roles = useRoles()
  const canManage = useCurrentUser()?.role === 'admin'
  const [adding, setAdding] = useState(false)

  const failed = rules.error ?? types.error ?? roles.error
  if (failed) return <ErrorState error={failed} />
  if (!rules.data || !types.data || !roles.data) return <Loading />

  return (
    <section className="page" data-testid="guard-rules-page">
      <header className="page-header">
        <h1>Guard rules</h1>
        {canManage && !adding && (
          <button
            type="button"
            className="button button-primary"
            onClick={() => setAdding(true)}
          >
            Add guard rule
          </button>
        )}
      </header>
      {!canManage && (
        <p className="muted">Only administrators change guard rules.</p>
      )}
      {adding && (
        <GuardRuleForm
          types={types.data}
          roles={roles.data}
          onDone={() => setAdding(false)}
        />
      )}
      <GuardRuleTable
        rules={rules.data}
        types={types.data}
        roles={roles.data}
        canManage={canManage}
      />
    </section>
  )
}
