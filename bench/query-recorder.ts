import type {
  CompiledQuery,
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
} from 'kysely'
import type { Database, Db } from '../src/server/platform/db/database.js'

/**
 * Notes the SQL the app runs while armed, so a benchmark can EXPLAIN the
 * very statement a request ran. Disarmed, it passes queries through.
 */
export class QueryRecorder implements KyselyPlugin {
  private recorded: CompiledQuery[] | undefined

  constructor(private readonly db: Db) {}

  /** The database as the app should see it: every query passes here. */
  wrap(database: Database): Database {
    return { ...database, db: database.db.withPlugin(this) }
  }

  /** The statements `work` ran, in order. */
  async record(work: () => Promise<unknown>): Promise<CompiledQuery[]> {
    this.recorded = []
    try {
      await work()
      return this.recorded
    } finally {
      this.recorded = undefined
    }
  }

  transformQuery(args: PluginTransformQueryArgs) {
    if (this.recorded) {
      const executor = this.db.getExecutor()
      this.recorded.push(executor.compileQuery(args.node, args.queryId))
    }
    return args.node
  }

  async transformResult(args: PluginTransformResultArgs) {
    return args.result
  }
}
