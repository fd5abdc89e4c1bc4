import { useQuery } from '@tanstack/react-query'
import { api } from '@/app/api-client'
import { type CustomObject, customObjectsKey } from './custom-object'

async function listCustomObjects(): Promise<CustomObject[]> {
  const body = await api<{ data: CustomObject[] }>('/custom-objects')
  return body.data
}

export function useCustomObjects() {
  return useQuery({ queryKey: customObjectsKey, queryFn: listCustomObjects })
}
