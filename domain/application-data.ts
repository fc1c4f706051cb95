// What an applicant submits in 加入(仮)申請 and 加入(本)申請: the company and its 管理者① (and ②).
// Stored as JSON with the application; 承認 turns it into the member and its users.
import type { CompanyInfo } from './company';
import type { Duty } from './duties';

/** 管理者: the user fields of the manual (3.2), entered by the applicant. */
export interface AdministratorInfo {
  /** ユーザID (6 half-width alphanumerics) */
  userId: string;
  /** 担当業務 */
  duties: Duty[];
  /** 所属・役職 */
  department: string;
  /** 氏名 姓 / 名 */
  lastName: string;
  firstName: string;
  /** 氏名カナ セイ / メイ */
  lastNameKana: string;
  firstNameKana: string;
  email: string;
  /** 電話番号 (hyphenated) */
  phone: string;
  /** その他 */
  note: string;
}

export interface ApplicationData {
  company: CompanyInfo;
  /** 管理者① */
  administrator1: AdministratorInfo;
  /** 管理者② (optional) */
  administrator2: AdministratorInfo | null;
}
