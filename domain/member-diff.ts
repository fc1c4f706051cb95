// Field-by-field comparison of member data: what the staff comparison shows and what the audit
// trail records (before / after per field, under the manual's labels).
import type { AdministratorInfo } from './application-data';
import type { CompanyInfo } from './company';

export interface FieldChange {
  /** The manual's label, e.g. 会社名 */
  label: string;
  before: string;
  after: string;
}

export interface FieldComparison extends FieldChange {
  changed: boolean;
}

/** 会社情報 in the order of 会員情報確認. */
const COMPANY_LABELS: readonly [keyof CompanyInfo, string][] = [
  ['corporateNumber', '法人番号'],
  ['businessTypes', '事業形態別'],
  ['companyName', '会社名'],
  ['companyNameKana', '会社名カナ'],
  ['phone', '代表電話番号'],
  ['representativeLastName', '代表者名（姓）'],
  ['representativeFirstName', '代表者名（名）'],
  ['representativeLastNameKana', '代表者名カナ（セイ）'],
  ['representativeFirstNameKana', '代表者名カナ（メイ）'],
  ['representativeTitle', '代表者肩書'],
  ['postalCode', '本社郵便番号'],
  ['address1', '本社所在地1'],
  ['address2', '本社所在地2'],
  ['address1Kana', '本社所在地1カナ'],
  ['address2Kana', '本社所在地2カナ'],
  ['capitalRelationship', '資本関係'],
];

const ADMINISTRATOR_LABELS: readonly [keyof AdministratorInfo, string][] = [
  ['userId', 'ユーザID'],
  ['duties', '担当業務'],
  ['department', '所属・役職'],
  ['lastName', '氏名（姓）'],
  ['firstName', '氏名（名）'],
  ['lastNameKana', '氏名カナ（セイ）'],
  ['firstNameKana', '氏名カナ（メイ）'],
  ['email', 'メールアドレス'],
  ['phone', '電話番号'],
  ['note', 'その他'],
];

/** 事業形態別 as the manual writes it: 送電・配電/小売電気. */
export function businessTypesText(types: readonly string[]): string {
  return types.join('・');
}

function show(value: unknown): string {
  return Array.isArray(value) ? businessTypesText(value as string[]) : String(value ?? '');
}

// The joining forms keep a full-width space as half-width and the user forms the other way
// round; such differences in width are not changes.
function same(a: string, b: string): boolean {
  return a.normalize('NFKC') === b.normalize('NFKC');
}

export function compareCompany(current: CompanyInfo, requested: CompanyInfo): FieldComparison[] {
  return COMPANY_LABELS.map(([key, label]) => {
    const before = show(current[key]);
    const after = show(requested[key]);
    return { label, before, after, changed: !same(before, after) };
  });
}

export function companyChanges(current: CompanyInfo, requested: CompanyInfo): FieldChange[] {
  return compareCompany(current, requested)
    .filter((c) => c.changed)
    .map(({ label, before, after }) => ({ label, before, after }));
}

/** 管理者① or ② before and after; a missing one counts as empty fields. */
export function administratorChanges(slotLabel: string, current: AdministratorInfo | null, requested: AdministratorInfo | null): FieldChange[] {
  return ADMINISTRATOR_LABELS.flatMap(([key, label]) => {
    const before = current ? show(current[key]) : '';
    const after = requested ? show(requested[key]) : '';
    // A ユーザID names the same user however its letters are cased (see sameUserId).
    const unchanged = key === 'userId' ? same(before.toLowerCase(), after.toLowerCase()) : same(before, after);
    return unchanged ? [] : [{ label: `${slotLabel} ${label}`, before, after }];
  });
}
