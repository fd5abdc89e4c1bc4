import { parseArgs } from 'node:util'

export type Target = 'embedded' | 'server'

export interface BenchOptions {
  /** Records to fill the measured workspace with. */
  scale: number
  target: Target
  /** Timed requests per case, after `warmup` untimed ones. */
  runs: number
  warmup: number
  /** The server to create a bench database on, when the target is one. */
  serverUrl: string | undefined
  /** The benchmarks to run by name; every one when empty. */
  only: string[]
}

function positive(name: string, text: string): number {
  const n = Number(text)
  if (!Number.isInteger(n) || n < 1) {
    throw new Error(`--${name} takes a whole number above 0, not "${text}"`)
  }
  return n
}

/** Reads the command line; BENCH_DATABASE_URL picks the server target. */
export function parseOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      scale: { type: 'string', default: '100000' },
      target: { type: 'string' },
      runs: { type: 'string', default: '30' },
      warmup: { type: 'string', default: '5' },
      only: { type: 'string', default: '' },
    },
  })
  const serverUrl = process.env.BENCH_DATABASE_URL || undefined
  const target = values.target ?? (serverUrl ? 'server' : 'embedded')
  if (target !== 'embedded' && target !== 'server') {
    throw new Error(`--target takes embedded or server, not "${target}"`)
  }
  if (target === 'server' && !serverUrl) {
    throw new Error('--target server needs BENCH_DATABASE_URL')
  }
  return {
    scale: positive('scale', values.scale),
    target,
    runs: positive('runs', values.runs),
    warmup: positive('warmup', values.warmup),
    serverUrl,
    only: values.only.split(',').filter(Boolean),
  }
}
