import { useQuery } from '@tanstack/react-query'
import { api } from '@/app/api-client'
import { type CustomField, customFieldsKey } from './custom-field'

async function listCustomFields(): Promise<CustomField[]> {
  const body = await api<{ data: CustomField[] }>('/custom-fields')
  return body.data
}

export function useCustomFields() {
  return useQuery({ queryKey: customFieldsKey, queryFn: listCustomFields })
}
