import { useState } from 'react'
import { errorMessage } from '@/app/api-error'
import { fromLocalInputValue } from '@/shared/format/dates'
import type { ActivityType } from '../api/get-timeline'
import { useLogActivity } from '../api/log-activity'

const TYPES: { type: ActivityType; label: string }[] = [
  { type: 'note', label: 'Note' },
  { type: 'call', label: 'Call' },
  { type: 'task', label: 'Task' },
]

interface ActivityComposerProps {
  recordType: string
  recordId: string
}

export function ActivityComposer(props: ActivityComposerProps) {
  const [type, setType] = useState<ActivityType>('note')
  const [subject, setSubject] = useState('')
  const [body, setBody] = useState('')
  const [due, setDue] = useState('')
  const log = useLogActivity()

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    log.mutate(
      {
        type,
        subject: subject.trim(),
        body: body.trim() || undefined,
        due_at: (type === 'task' && fromLocalInputValue(due)) || undefined,
        links: [{ recordType: props.recordType, recordId: props.recordId }],
      },
      {
        onSuccess: () => {
          setSubject('')
          setBody('')
          setDue('')
        },
      },
    )
  }

  return (
    <form
      className="composer"
      onSubmit={submit}
      data-testid="activity-composer"
    >
      <fieldset className="segmented">
        <legend className="visually-hidden">Activity type</legend>
        {TYPES.map((option) => (
          <label
            key={option.type}
            className={type === option.type ? 'active' : ''}
          >
            <input
              type="radio"
              name="type"
              value={option.type}
              checked={type === option.type}
              onChange={() => setType(option.type)}
            />
            {option.label}
          </label>
        ))}
      </fieldset>
      <input
        name="subject"
        placeholder={type === 'task' ? 'What needs doing?' : 'Subject'}
        value={subject}
        onChange={(event) => setSubject(event.target.value)}
        required
      />
      <textarea
        name="body"
        rows={2}
        placeholder="Details (optional)"
        value={body}
        onChange={(event) => setBody(event.target.value)}
      />
      {type === 'task' && (
        <label className="inline-field">
          <span>Due</span>
          <input
            name="due_at"
            type="datetime-local"
            value={due}
            onChange={(event) => setDue(event.target.value)}
          />
        </label>
      )}
      {log.error && (
        <div className="form-error" role="alert">
          {errorMessage(log.error)}
        </div>
      )}
      <button
        type="submit"
        className="button button-primary button-small"
        disabled={log.isPending || !subject.trim()}
      >
        Log {TYPES.find((option) => option.type === type)?.label.toLowerCase()}
      </button>
    </form>
  )
}
