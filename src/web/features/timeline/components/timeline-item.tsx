import { Link } from 'react-router-dom'
import { formatInstant } from '@/shared/format/dates'
import type { Activity } from '../api/get-timeline'
import { ActivityIcon } from './activity-icon'

export function TimelineItem({ activity }: { activity: Activity }) {
  const who = activity.owner?.name ?? activity.created_by?.name

  return (
    <li className="timeline-item" data-testid="timeline-item">
      <ActivityIcon type={activity.type} />
      <div className="timeline-body">
        <div className="timeline-line">
          <Link to={`/activities/${activity.id}`} className="timeline-subject">
            {activity.subject}
          </Link>
          <time dateTime={activity.occurred_at}>
            {formatInstant(activity.occurred_at)}
          </time>
        </div>
        {activity.body && <p className="timeline-text">{activity.body}</p>}
        <div className="timeline-meta">
          <span className="capitalize">{activity.type}</span>
          {who && <span>by {who}</span>}
          {activity.due_at && <span>due {formatInstant(activity.due_at)}</span>}
          {activity.completed_at && <span>completed</span>}
        </div>
      </div>
    </li>
  )
}
