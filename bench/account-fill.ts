import type { Database } from '../src/server/platform/db/database.js'

export const INDUSTRIES = [
  'Aerospace',
  'Agriculture',
  'Automotive',
  'Banking',
  'Biotechnology',
  'Chemicals',
  'Construction',
  'Consulting',
  'Education',
  'Energy',
  'Entertainment',
  'Government',
  'Healthcare',
  'Hospitality',
  'Insurance',
  'Logistics',
  'Manufacturing',
  'Media',
  'Retail',
  'Telecommunications',
]

/** The tier options: as many as industries, so each holds ~5% too. */
export const TIERS = INDUSTRIES.map((_, i) => ({
  value: `tier_${String(i + 1).padStart(2, '0')}`,
  label: `Tier ${i + 1}`,
}))

export const MAX_SEATS = 1000

/** The custom fields the fill writes, defined through the API first. */
export const ACCOUNT_FIELDS = [
  { name: 'tier', label: 'Tier', type: 'enum', indexed: true, options: TIERS },
  { name: 'tier_plain', label: 'Tier (plain)', type: 'enum', options: TIERS },
  { name: 'seats', label: 'Seats', type: 'integer', indexed: true },
].map((f) => ({ recordType: 'account', ...f }))

// A well-spread whole number in [0, n) for row g, different per salt, so
// owner, industry, tier and seats vary independently of each other and of
// the name order.
const spread = (salt: string, n: string) =>
  `((hashtext('${salt}' || g)::bigint + 2147483648) % ${n})::int`

const INSERT_USERS = `
  INSERT INTO app_user (tenant_id, id, email, name, role, status)
  SELECT $1::uuid, gen_random_uuid(), 'rep' || g || '@' || $2, 'Rep ' || g,
    'member', 'active'
  FROM generate_series(1, $3::int) g`

// The stored form the API writes: custom values as JSON beside the
// built-in columns, a choice as its option value, an integer as a number.
const INSERT_ACCOUNTS = `
  INSERT INTO account (tenant_id, id, name, industry, owner_id, custom,
    created_by_id, created_at, updated_at)
  SELECT $1::uuid, gen_random_uuid(),
    'Account ' || substr(md5(g::text), 1, 12),
    ($2::text[])[1 + ${spread('industry', '20')}],
    u.ids[1 + ${spread('owner', 'cardinality(u.ids)')}],
    jsonb_build_object(
      'tier', ($3::text[])[1 + ${spread('tier', '20')}],
      'tier_plain', ($3::text[])[1 + ${spread('tier', '20')}],
      'seats', 1 + ${spread('seats', '$4')}),
    $5::uuid, t.at, t.at
  FROM generate_series(1, $6::int) g,
    LATERAL (SELECT now() - g * interval '1 minute' AS at) t,
    (SELECT array_agg(id ORDER BY id) AS ids FROM app_user
      WHERE tenant_id = $1) u`

// One row per value of each indexed field, as syncValueIndex writes it:
// the value as text, and as a number for numeric fields.
const INSERT_VALUE_INDEX = `
  INSERT INTO custom_value_index
    (tenant_id, record_type, field, record_id, text_value, number_value)
  SELECT a.tenant_id, f.record_type, f.name, a.id, a.custom ->> f.name,
    CASE WHEN f.type IN ('integer', 'decimal', 'money', 'percent')
      THEN (a.custom ->> f.name)::numeric END
  FROM account a
  JOIN custom_field f ON f.tenant_id = a.tenant_id
    AND f.record_type = 'account' AND f.indexed AND f.deleted_at IS NULL
  WHERE a.tenant_id = $1 AND a.custom ? f.name`

export interface FillSpec {
  tenantId: string
  adminId: string
  /** Users besides the admin who own accounts. */
  reps: number
  accounts: number
  emailDomain: string
}

/**
 * Fills a workspace with accounts in a few statements as the database
 * owner: the shape the API would store, without the API's per-record cost.
 */
export async function fillAccounts(
  database: Database,
  spec: FillSpec,
): Promise<void> {
  const { tenantId } = spec
  await database.executeSql(INSERT_USERS, [
    tenantId,
    spec.emailDomain,
    spec.reps,
  ])
  await database.executeSql(INSERT_ACCOUNTS, [
    tenantId,
    INDUSTRIES,
    TIERS.map((t) => t.value),
    MAX_SEATS,
    spec.adminId,
    spec.accounts,
  ])
  await database.executeSql(INSERT_VALUE_INDEX, [tenantId])
}

/** Fresh statistics, as autovacuum would gather after a bulk load. */
export async function analyze(database: Database): Promise<void> {
  await database.executeSql('ANALYZE app_user, account, custom_value_index')
}
