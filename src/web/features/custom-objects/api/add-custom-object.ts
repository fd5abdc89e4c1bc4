import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/app/api-client'
import { recordTypesKey } from '@/shared/api/record-types'
import {
  type CustomObject,
  type CustomObjectInput,
  customObjectsKey,
} from './custom-object'

async function addCustomObject(input: CustomObjectInput) {
  const body = await api<{ data: CustomObject }>('/custom-objects', {
    method: 'POST',
    body: input,
  })
  return body.data
}

export function useAddCustomObject() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: addCustomObject,
    // The navigation, Admin → Fields and the :plural pages all read the
    // record-type metadata: it must be fetched again to know the object.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: customObjectsKey }),
        queryClient.invalidateQueries({ queryKey: recordTypesKey }),
      ]),
  })
}
