import type { ActivityType } from '../api/get-timeline'

const ICONS: Record<ActivityType, string> = {
  call: '☎',
  email: '✉',
  meeting: '◷',
  task: '✓',
  note: '✎',
}

export function ActivityIcon({ type }: { type: ActivityType }) {
  return (
    <span
      className={`activity-icon activity-${type}`}
      role="img"
      aria-label={type}
    >
      {ICONS[type] ?? '•'}
    </span>
  )
}
