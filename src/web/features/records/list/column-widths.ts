import type { FieldType } from '@/shared/api/record-types'
import type { Column } from './columns'

/** A column's floor in pixels and its share of the spare width. */
type Width = [min: number, share: number]

// Floors fit a usual value; long text (names, titles, emails) gets the
// larger shares of whatever width is left.
const WIDTHS: Partial<Record<FieldType, Width>> = {
  boolean: [80, 0.5],
  integer: [90, 0.7],
  percent: [80, 0.6],
  decimal: [160, 1],
  money: [150, 1],
  date: [110, 0.8],
  datetime: [180, 1],
  enum: [110, 0.8],
  multiselect: [140, 1],
  phone: [150, 0.8],
  email: [180, 1.4],
  url: [180, 1.4],
  ref: [160, 1],
  refs: [200, 1.4],
}

const TEXT: Width = [140, 1.2]
const TITLE: Width = [220, 1.6]
const ACTION = 110

export interface GridLayout {
  template: string
  /** The floors added up: narrower than this, the table scrolls sideways. */
  minWidth: number
}

const SELECT = 40

export function gridLayout(
  columns: Column[],
  withAction: boolean,
  withSelect = false,
): GridLayout {
  const widths = [
    TITLE,
    ...columns.map(({ field }) => WIDTHS[field.type] ?? TEXT),
  ]
  const tracks = widths.map(([min, share]) => `minmax(${min}px, ${share}fr)`)
  const minWidth = widths.reduce((sum, [min]) => sum + min, 0)

  return {
    template: [
      ...(withSelect ? [`${SELECT}px`] : []),
      ...tracks,
      ...(withAction ? [`${ACTION}px`] : []),
    ].join(' '),
    minWidth: minWidth + (withAction ? ACTION : 0) + (withSelect ? SELECT : 0),
  }
}
