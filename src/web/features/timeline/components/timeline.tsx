import { EmptyState, ErrorState, Loading } from '@/shared/ui/states'
import { useTimeline } from '../api/get-timeline'
import { ActivityComposer } from './activity-composer'
import { TimelineItem } from './timeline-item'

interface TimelineProps {
  plural: string
  recordId: string
  recordType: string
}

export function Timeline({ plural, recordId, recordType }: TimelineProps) {
  const query = useTimeline(plural, recordId)
  const activities = query.data?.pages.flatMap((page) => page.data) ?? []

  return (
    <section className="card" data-testid="timeline">
      <h2 className="card-title">Activity</h2>
      <ActivityComposer recordType={recordType} recordId={recordId} />
      {query.isPending ? (
        <Loading />
      ) : query.error ? (
        <ErrorState error={query.error} />
      ) : activities.length === 0 ? (
        <EmptyState>No activity logged yet.</EmptyState>
      ) : (
        <ol className="timeline">
          {activities.map((activity) => (
            <TimelineItem key={activity.id} activity={activity} />
          ))}
        </ol>
      )}
      {query.hasNextPage && (
        <button
          type="button"
          className="button button-small"
          disabled={query.isFetchingNextPage}
          onClick={() => void query.fetchNextPage()}
        >
          {query.isFetchingNextPage ? 'Loading…' : 'Load more'}
        </button>
      )}
    </section>
  )
}
