import type { Stage } from '@/shared/api/pipelines'
import { useWorkspaceCurrency } from '@/shared/api/session'
import { formatMoney } from '@/shared/format/money'
import type { StageSummary } from '../api/get-board'

interface StageHeaderProps {
  stage: Stage
  summary: StageSummary | undefined
}

export function StageHeader({ stage, summary }: StageHeaderProps) {
  const currency = useWorkspaceCurrency()
  const amount = summary?.amount ?? '0'

  return (
    <header className={`stage-header outcome-${stage.outcome}`}>
      <div className="stage-title">
        <h2>{stage.name}</h2>
        <span className="stage-count" data-testid="stage-count">
          {summary?.count ?? 0}
        </span>
      </div>
      <div className="stage-meta">
        <span
          className="stage-amount"
          data-testid="stage-amount"
          title={formatMoney(amount, currency)}
        >
          {formatMoney(amount, currency, true)}
        </span>
        <span className="stage-probability">{stage.probability}%</span>
      </div>
    </header>
  )
}
