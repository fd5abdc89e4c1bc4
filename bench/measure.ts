export interface Timing {
  medianMs: number
  p95Ms: number
  minMs: number
  maxMs: number
  runs: number
}

/** The value below which `share` of the sorted samples fall (nearest rank). */
function percentile(sorted: number[], share: number): number {
  const rank = Math.ceil(share * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(rank, 1)) - 1]
}

function median(sorted: number[]): number {
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1
    ? sorted[middle]
    : (sorted[middle - 1] + sorted[middle]) / 2
}

const round = (ms: number) => Math.round(ms * 100) / 100

/**
 * Times `work` `runs` times, one after another, after `warmup` untimed
 * calls that warm caches. `check` sees every result, outside the timing.
 */
export async function measure<T>(
  work: () => Promise<T>,
  check: (result: T) => void,
  { runs, warmup }: { runs: number; warmup: number },
): Promise<Timing> {
  for (let i = 0; i < warmup; i++) check(await work())
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint()
    const result = await work()
    samples.push(Number(process.hrtime.bigint() - start) / 1e6)
    check(result)
  }
  samples.sort((a, b) => a - b)
  return {
    medianMs: round(median(samples)),
    p95Ms: round(percentile(samples, 0.95)),
    minMs: round(samples[0]),
    maxMs: round(samples[samples.length - 1]),
    runs,
  }
}
