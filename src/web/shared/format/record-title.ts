import type { CrmRecord } from '@/shared/api/types'

export function recordTitle(record: CrmRecord, titleField = 'name'): string {
  const title = record[titleField] ?? record.name
  if (typeof title === 'string' && title) return title

  const person = [record.first_name, record.last_name]
    .filter((part) => typeof part === 'string' && part)
    .join(' ')
  if (person) return person

  if (typeof record.subject === 'string') return record.subject
  if (typeof record.email === 'string') return record.email
  return 'Untitled'
}
