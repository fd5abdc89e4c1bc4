export interface Deal {
  id: string
  name: string
  /** Absent when the user's roles hide amounts. */
  amount?: string | null
  currency?: string
  close_date: string | null
  stage_id: string
  account_id: string | null
  owner_id: string | null
  account?: { id: string; name: string } | null
  owner?: { id: string; name: string } | null
}

export interface DealMove {
  deal: Deal
  fromStageId: string
  toStageId: string
}
