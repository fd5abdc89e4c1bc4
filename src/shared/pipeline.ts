export const FORECAST_CATEGORIES = [
  'pipeline',
  'best_case',
  'commit',
  'closed',
  'omitted',
] as const

export type ForecastCategory = (typeof FORECAST_CATEGORIES)[number]

export const STAGE_OUTCOMES = ['open', 'won', 'lost'] as const

export type StageOutcome = (typeof STAGE_OUTCOMES)[number]
