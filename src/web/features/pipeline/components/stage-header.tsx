import type { Stage } from '@/shared/api/pipelines'
import { useWorkspaceCurrency } from '@/shared/api/session'
import { formatMoney } from '@/shared/format/money'
import type { StageSummary } from '../api/get-board'

interface StageHeaderProps {
  stage: Stage
  summary: StageSummary | undefined
  /** The totals are on their way; until then a column claims no figures. */
  loading: boolean
}

export function StageHeader({ stage, summary, loading }: StageHeaderProps) {
  return (
    <header className={`stage-header outcome-${stage.outcome}`}>
      <div className="stage-title">
        <h2 title={stage.name}>{stage.name}</h2>
        {summary ? (
          <span className="stage-count" data-testid="stage-count">
            {summary.count}
          </span>
        ) : (
          <Pending loading={loading} className="stage-count" />
        )}
      </div>
      <div className="stage-meta">
        {summary ? (
          <StageAmount amount={summary.amount} />
        ) : (
          <Pending loading={loading} className="stage-amount" />
        )}
        <span className="stage-probability">{stage.probability}%</span>
      </div>
    </header>
  )
}

function StageAmount({ amount }: { amount: string | null }) {
  const currency = useWorkspaceCurrency()
  if (amount === null) return null

  return (
    <span
      className="stage-amount"
      data-testid="stage-amount"
      title={formatMoney(amount, currency)}
    >
      {formatMoney(amount, currency, true)}
    </span>
  )
}

/** A shimmer while totals load; a dash when they could not be had. */
function Pending(props: { loading: boolean; className: string }) {
  if (!props.loading) {
    return (
      <span className={props.className} title="Totals are unavailable">
        —
      </span>
    )
  }

  return (
    <span
      className={`${props.className} figure-loading`}
      role="status"
      aria-label="Loading totals"
    />
  )
}
