export interface CustomObject {
  id: string
  /** The record type's name: lower_snake, as refs and links name it. */
  name: string
  label: string
  labelPlural: string
  /** The URL segment of its list, pages and API. */
  plural: string
}

export type CustomObjectInput = Omit<CustomObject, 'id' | 'plural'>

export const customObjectsKey = ['custom-objects'] as const
