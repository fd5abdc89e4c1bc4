export interface WriteOptions {
  /** Why the change was made, kept in the audit log. */
  reasonCode?: string
  requestId?: string
}

export const DEFAULT_REASON = 'user_edit'
