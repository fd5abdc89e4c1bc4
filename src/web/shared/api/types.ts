export type CrmRecord = { id: string } & Record<string, unknown>

export interface Page {
  limit: number
  nextCursor: string | null
}

export interface ListResponse<T = CrmRecord> {
  data: T[]
  page: Page
}

export interface DataResponse<T = CrmRecord> {
  data: T
}
