import type { InfiniteData } from '@tanstack/react-query'
import type { ListResponse } from '@/shared/api/types'
import {
  addDecimal,
  compareDecimal,
  subtractDecimal,
} from '@/shared/format/decimal'
import type { StageSummary } from '../api/get-board'
import type { Deal } from './deal'

export type DealPages = InfiniteData<ListResponse<Deal>> | undefined

export function withoutDeal(pages: DealPages, dealId: string): DealPages {
  if (!pages) return pages
  return {
    ...pages,
    pages: pages.pages.map((page) => ({
      ...page,
      data: page.data.filter((deal) => deal.id !== dealId),
    })),
  }
}

/** Puts the deal where sort=-amount would place it among loaded cards. */
export function withDeal(pages: DealPages, deal: Deal): DealPages {
  if (!pages) return pages
  const amount = deal.amount ?? '0'
  let placed = false
  const next = pages.pages.map((page) => {
    if (placed) return page
    const index = page.data.findIndex(
      (other) => compareDecimal(other.amount ?? '0', amount) < 0,
    )
    if (index === -1) return page
    placed = true
    const data = [...page.data]
    data.splice(index, 0, deal)
    return { ...page, data }
  })

  const last = next.at(-1)
  if (!placed && last && !last.page.nextCursor) {
    next[next.length - 1] = { ...last, data: [...last.data, deal] }
  }
  return { ...pages, pages: next }
}

export function shiftSummary(
  summary: StageSummary[] | undefined,
  deal: Deal,
  fromStageId: string,
  toStageId: string,
): StageSummary[] | undefined {
  const amount = deal.amount ?? '0'
  if (!summary) return summary
  // Totals the user's roles hide stay hidden.
  const hidden = summary.some((stage) => stage.amount === null)
  const known = summary.some((stage) => stage.stageId === toStageId)
  const stages = known
    ? summary
    : [
        ...summary,
        { stageId: toStageId, count: 0, amount: hidden ? null : '0' },
      ]
  return stages.map((stage) => {
    if (stage.stageId === fromStageId) {
      return {
        ...stage,
        count: Math.max(0, stage.count - 1),
        amount: stage.amount && subtractDecimal(stage.amount, amount),
      }
    }
    if (stage.stageId === toStageId) {
      return {
        ...stage,
        count: stage.count + 1,
        amount: stage.amount && addDecimal(stage.amount, amount),
      }
    }
    return stage
  })
}
