const calendarFormat = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  timeZone: 'UTC',
})

const instantFormat = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
})

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** A 'YYYY-MM-DD' calendar date, shown as the same day in every time zone. */
export function formatCalendarDate(value: string): string {
  const match = CALENDAR_DATE.exec(value.slice(0, 10))
  if (!match) return value
  const [, year, month, day] = match.map(Number) as number[]
  return calendarFormat.format(
    new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1)),
  )
}

/** An ISO instant, shown in the viewer's local time. */
export function formatInstant(value: string): string {
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return value
  return instantFormat.format(date)
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}

/** ISO instant to the 'YYYY-MM-DDTHH:mm' local value of datetime-local. */
export function toLocalInputValue(value: string): string {
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return ''
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}`
  return `${day}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(
    date.getMinutes(),
  )}`
}

export function fromLocalInputValue(value: string): string | null {
  if (!value) return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

export function relativeDay(value: string): string {
  const date = new Date(value)
  const days = Math.round((Date.now() - date.getTime()) / 86_400_000)
  if (days === 0) return 'Today'
  if (days === 1) return 'Yesterday'
  return formatInstant(value)
}
