import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/app/api-client'
import type { CustomField, CustomFieldChange } from './custom-field'

interface ChangeRequest {
  id: string
  change: CustomFieldChange
}

async function changeCustomField({ id, change }: ChangeRequest) {
  const body = await api<{ data: CustomField }>(`/custom-fields/${id}`, {
    method: 'PATCH',
    body: change,
  })
  return body.data
}

export function useChangeCustomField() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: changeCustomField,
    // A change may convert stored values as well as reshape the forms and
    // lists, so the fields, the metadata and every loaded record go stale.
    onSuccess: () => queryClient.invalidateQueries(),
  })
}
