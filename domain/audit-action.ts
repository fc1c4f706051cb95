// What the audit trail of member data records, as its pages name it.
export const AUDIT_ACTIONS = {
  company_changed: '会社情報変更',
  administrator_changed: '管理者情報変更',
  membership_ended: '会員資格終了',
  refund_account_registered: '容量市場口座情報等登録',
  // ユーザ管理(管理者機能) (第3章)
  user_added: '担当者登録',
  user_changed: '担当者変更',
  user_deleted: '担当者削除',
  password_reset: 'パスワード初期化',
} as const;
export type AuditAction = keyof typeof AUDIT_ACTIONS;
