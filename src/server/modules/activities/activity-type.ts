import { option } from '../../../shared/record-type.js'
import {
  choice,
  datetime,
  integer,
  longText,
  ownerField,
  systemFields,
  text,
} from '../records/fields.js'
import type { RecordType } from '../records/record-type.js'
import { linkActivity, linksSchema } from './link-activity.js'

export const ACTIVITY_TYPES = [
  'call',
  'email',
  'meeting',
  'task',
  'note',
] as const

export const activityType: RecordType = {
  name: 'activity',
  plural: 'activities',
  label: 'Activity',
  labelPlural: 'Activities',
  table: 'activity',
  customizable: true,
  titleField: 'subject',
  defaultSort: '-occurred_at',
  searchColumns: ['subject'],
  fields: [
    choice(
      'type',
      'Type',
      ACTIVITY_TYPES.map((t) => option(t)),
      {
        required: true,
      },
    ),
    text('subject', 'Subject', { required: true }),
    longText('body', 'Details'),
    datetime('occurred_at', 'When', { notNull: true }),
    datetime('due_at', 'Due'),
    datetime('completed_at', 'Completed'),
    integer('duration_minutes', 'Duration (minutes)', { min: 0 }),
    ownerField,
    ...systemFields,
  ],
  extraCreateInput: { links: linksSchema.optional() },
  afterCreate: linkActivity,
}
