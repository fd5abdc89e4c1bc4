import { FORECAST_CATEGORIES } from '../../../shared/pipeline.js'
import { option } from '../../../shared/record-type.js'
import {
  choice,
  currency,
  date,
  integer,
  longText,
  money,
  ownerField,
  ref,
  systemFields,
  text,
} from '../records/fields.js'
import type { RecordType } from '../records/record-type.js'
import { applyStage } from './apply-stage.js'

export const opportunityType: RecordType = {
  name: 'opportunity',
  plural: 'opportunities',
  label: 'Opportunity',
  labelPlural: 'Opportunities',
  table: 'opportunity',
  customizable: true,
  titleField: 'name',
  defaultSort: '-updated_at',
  searchColumns: ['name'],
  fields: [
    text('name', 'Name', { required: true, max: 255 }),
    ref('account_id', 'Account', 'account'),
    ref('pipeline_id', 'Pipeline', 'pipeline', { readOnly: true }),
    ref('stage_id', 'Stage', 'stage'),
    money('amount', 'Amount', { min: 0 }),
    currency({ notNull: true }),
    integer('probability', 'Probability (%)', {
      min: 0,
      max: 100,
      notNull: true,
    }),
    choice(
      'forecast_category',
      'Forecast category',
      FORECAST_CATEGORIES.map((c) => option(c)),
      { notNull: true },
    ),
    date('engage_date', 'Engaged on'),
    date('close_date', 'Close date'),
    text('source', 'Source'),
    text('external_id', 'External id'),
    longText('description', 'Description'),
    ownerField,
    ...systemFields,
  ],
  prepare: applyStage,
}
