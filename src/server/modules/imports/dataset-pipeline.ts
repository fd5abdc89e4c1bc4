import type { Tx } from '../../platform/db/tenant-transaction.js'
import { AppError } from '../../platform/http/errors.js'
import type { Actor } from '../access/actor.js'
import {
  createPipeline,
  listPipelines,
  type Pipeline,
  type StageInput,
} from '../pipeline/pipelines.js'

export const DATASET_PIPELINE = 'Maven pipeline'

// The data set's own stages. Engaging stays in the 'pipeline' forecast
// category: the source says only that a conversation started, which is
// not yet the seller's best case, and 40% matches our default Engaging.
export const DATASET_STAGES: StageInput[] = [
  { name: 'Prospecting', probability: 10, forecastCategory: 'pipeline' },
  { name: 'Engaging', probability: 40, forecastCategory: 'pipeline' },
  { name: 'Won', probability: 100, forecastCategory: 'closed', outcome: 'won' },
  {
    name: 'Lost',
    probability: 0,
    forecastCategory: 'omitted',
    outcome: 'lost',
  },
]

/**
 * The pipeline the deals go into: a new workspace gets it as its default
 * at creation; an existing one gets it beside its own pipelines, so a
 * re-import or an import into a live workspace changes no one's board.
 */
export async function findOrCreateDatasetPipeline(
  tx: Tx,
  actor: Actor,
): Promise<{ pipeline: Pipeline; created: boolean }> {
  const existing = (await listPipelines(tx, actor)).find(
    (p) => p.name === DATASET_PIPELINE,
  )
  if (existing) {
    requireDatasetStages(existing)
    return { pipeline: existing, created: false }
  }
  const pipeline = await createPipeline(tx, actor, {
    name: DATASET_PIPELINE,
    isDefault: false,
    stages: DATASET_STAGES,
  })
  return { pipeline, created: true }
}

// A stage renamed or removed by an administrator would leave deals with
// nowhere to go; the import refuses rather than guessing.
function requireDatasetStages(pipeline: Pipeline) {
  const names = new Set(pipeline.stages.map((s) => s.name))
  const missing = DATASET_STAGES.filter((s) => !names.has(s.name))
  if (missing.length > 0) {
    const list = missing.map((s) => s.name).join(', ')
    throw new AppError('conflict', {
      detail: `The ${DATASET_PIPELINE} lacks the stages ${list}`,
    })
  }
}
