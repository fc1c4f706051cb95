// 会社情報: the company fields of an application and of a member, as the manual lists them.
// Stored as one JSON document (members.company, applications' provisional/final data).

/** 事業者種別, grouped as on the 加入(本)申請 and 会員情報変更申請 screens. */
export const BUSINESS_TYPE_GROUPS = {
  送配電事業者グループ: ['一般送配電', '送電', '配電', '特定送配電'],
  小売電気事業者グループ: ['小売電気', '登録特定送配電'],
  発電事業者グループ: ['発電', '特定発電'],
} as const;

export type BusinessType = (typeof BUSINESS_TYPE_GROUPS)[keyof typeof BUSINESS_TYPE_GROUPS][number];

export interface CompanyInfo {
  /** 法人番号 (13 digits with check digit) */
  corporateNumber: string;
  /** 事業者種別 (one or more) */
  businessTypes: BusinessType[];
  /** 会社名 */
  companyName: string;
  /** 会社名カナ */
  companyNameKana: string;
  /** 代表電話番号 (hyphenated) */
  phone: string;
  /** 代表者名 姓 / 名 */
  representativeLastName: string;
  representativeFirstName: string;
  /** 代表者名カナ セイ / メイ */
  representativeLastNameKana: string;
  representativeFirstNameKana: string;
  /** 代表者肩書 */
  representativeTitle: string;
  /** 本社郵便番号 (7 digits) */
  postalCode: string;
  /** 本社所在地1 / 2 */
  address1: string;
  address2: string;
  /** 本社所在地1カナ / 2カナ (no half-width ") */
  address1Kana: string;
  address2Kana: string;
  /** 資本関係 */
  capitalRelationship: string;
}
