import { useState } from 'react'
import { useRecordTypes } from '@/shared/api/record-types'
import { useCurrentUser } from '@/shared/api/session'
import { EmptyState, ErrorState, Loading } from '@/shared/ui/states'
import { useCustomFields } from '../api/list-custom-fields'
import { fieldHosts } from '../model/field-hosts'
import { AddFieldForm } from './add-field-form'
import { CustomFieldTable } from './custom-field-table'

export function CustomFieldsPage() {
  const fields = useCustomFields()
  const types = useRecordTypes().data ?? []
  const isAdmin = useCurrentUser()?.role === 'admin'
  // One form at a time: Add field, or Edit for one field's id.
  const [open, setOpen] = useState<'add' | string | null>(null)
  const adding = open === 'add'

  if (fields.isPending) return <Loading />
  if (fields.error) return <ErrorState error={fields.error} />

  const groups = fieldHosts(types)
    .map((type) => ({
      recordType: type.name,
      title: type.pluralLabel,
      fields: fields.data.filter((field) => field.recordType === type.name),
    }))
    .filter((group) => group.fields.length > 0)

  return (
    <section className="page" data-testid="custom-fields-page">
      <header className="page-header">
        <h1>Fields</h1>
        {isAdmin && !adding && (
          <button
            type="button"
            className="button button-primary"
            onClick={() => setOpen('add')}
          >
            Add field
          </button>
        )}
      </header>
      {adding && <AddFieldForm types={types} onDone={() => setOpen(null)} />}
      {groups.length === 0 && <EmptyState>No custom fields yet.</EmptyState>}
      {groups.map((group) => (
        <CustomFieldTable
          key={group.recordType}
          recordType={group.recordType}
          title={group.title}
          fields={group.fields}
          types={types}
          canChange={isAdmin}
          editing={open}
          onEdit={setOpen}
        />
      ))}
    </section>
  )
}
