import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/app/api-client'
import { recordTypesKey } from '@/shared/api/record-types'
import {
  type CustomField,
  type CustomFieldInput,
  customFieldsKey,
} from './custom-field'

async function addCustomField(input: CustomFieldInput) {
  const body = await api<{ data: CustomField }>('/custom-fields', {
    method: 'POST',
    body: input,
  })
  return body.data
}

export function useAddCustomField() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: addCustomField,
    // Forms, lists and record pages draw their fields from the record-type
    // metadata, so it must be fetched again to show the new field.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: customFieldsKey }),
        queryClient.invalidateQueries({ queryKey: recordTypesKey }),
      ]),
  })
}
