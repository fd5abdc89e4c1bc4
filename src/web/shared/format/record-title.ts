import type { CrmRecord } from '@/shared/api/types'

function personName(record: CrmRecord): string {
  return [record.first_name, record.last_name]
    .filter((part) => typeof part === 'string' && part)
    .join(' ')
}

export function recordTitle(record: CrmRecord, titleField = 'name'): string {
  if (titleField === 'last_name' && personName(record)) {
    return personName(record)
  }

  const title = record[titleField] ?? record.name
  if (typeof title === 'string' && title) return title
  if (personName(record)) return personName(record)
  if (typeof record.subject === 'string') return record.subject
  if (typeof record.email === 'string') return record.email
  return 'Untitled'
}
