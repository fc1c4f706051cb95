// The company and 管理者 fields shared by 加入(仮)申請 and 加入(本)申請 (manual 1.3, 1.4, 3.2).
// The form's flat field names (`companyName`, `admin1.userId` …) map onto ApplicationData; errors
// come back under the same flat names so each one sits beside its field.
import { z } from 'zod';
import type { ApplicationData } from '../application-data';
import { BUSINESS_TYPE_GROUPS, type BusinessType } from '../company';
import { isValidCorporateNumber } from '../corporate-number';
import { withEmailConfirmation } from './email-confirmation';
import { digits, fullWidthText, kanaText, optionalFullWidthText, phoneNumber, postalCode } from './text';
import { userId, userProfileShape } from './user-fields';

export const COMPANY_TEXT_FIELDS = [
  'corporateNumber', 'companyName', 'companyNameKana', 'phone',
  'representativeLastName', 'representativeFirstName', 'representativeLastNameKana', 'representativeFirstNameKana',
  'representativeTitle', 'postalCode', 'address1', 'address2', 'address1Kana', 'address2Kana', 'capitalRelationship',
] as const;
export const ADMIN_TEXT_FIELDS = ['userId', 'department', 'lastName', 'firstName', 'lastNameKana', 'firstNameKana', 'email', 'emailConfirmation', 'phone', 'note'] as const;
export const ADMIN_SLOTS = ['admin1', 'admin2'] as const;
export type AdminSlot = (typeof ADMIN_SLOTS)[number];

/** Fields sent more than once (check boxes). */
export const LIST_FIELDS = ['businessTypes', 'admin1.duties', 'admin2.duties'] as const;
export const TEXT_FIELDS = [...COMPANY_TEXT_FIELDS, ...ADMIN_SLOTS.flatMap((slot) => ADMIN_TEXT_FIELDS.map((field) => `${slot}.${field}`))];

export type FormValues = Partial<Record<string, string | string[]>>;
export type FormErrors = Partial<Record<string, string>>;
export type ApplicationFormResult<T> = { ok: true; data: T } | { ok: false; errors: FormErrors; values: FormValues };

const ALL_BUSINESS_TYPES = Object.values(BUSINESS_TYPE_GROUPS).flat() as [BusinessType, ...BusinessType[]];

const companySchema = z.object({
  corporateNumber: digits('法人番号', 13, isValidCorporateNumber, '法人番号が正しくありません。13桁の法人番号をご確認ください。'),
  businessTypes: z
    .array(z.string())
    .min(1, '事業者種別を選択してください。')
    .refine((v) => v.every((t) => (ALL_BUSINESS_TYPES as string[]).includes(t)), '事業者種別を選択し直してください。')
    .transform((v) => ALL_BUSINESS_TYPES.filter((t) => v.includes(t))),
  companyName: fullWidthText('会社名', 100),
  companyNameKana: kanaText('会社名カナ', 100, 'text'),
  phone: phoneNumber('代表電話番号'),
  representativeLastName: fullWidthText('代表者名（姓）', 50),
  representativeFirstName: fullWidthText('代表者名（名）', 50),
  representativeLastNameKana: kanaText('代表者名カナ（セイ）', 50, 'name'),
  representativeFirstNameKana: kanaText('代表者名カナ（メイ）', 50, 'name'),
  representativeTitle: fullWidthText('代表者肩書', 50),
  postalCode: postalCode('本社郵便番号'),
  address1: fullWidthText('本社所在地1', 100),
  address2: optionalFullWidthText('本社所在地2', 100),
  address1Kana: kanaText('本社所在地1カナ', 200, 'text'),
  address2Kana: kanaText('本社所在地2カナ', 200, 'text', false),
  capitalRelationship: optionalFullWidthText('資本関係', 200),
});

const administratorSchema = withEmailConfirmation(z.object({ userId: userId(), ...userProfileShape })).transform(
  ({ emailConfirmation: _confirmation, ...administrator }) => administrator,
);

const applicationDataSchema = z
  .object({ company: companySchema, administrator1: administratorSchema, administrator2: administratorSchema.nullable() })
  .refine((d) => !d.administrator2 || d.administrator2.userId.toLowerCase() !== d.administrator1.userId.toLowerCase(), {
    path: ['administrator2', 'userId'],
    message: '管理者①と異なるユーザIDを入力してください。',
  }) satisfies z.ZodType<ApplicationData>;

function text(values: FormValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

function list(values: FormValues, name: string): string[] {
  const value = values[name];
  return Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
}

/** Keeps only the form's own fields, as strings (lists for check boxes). */
export function collectValues(input: Record<string, unknown>, extraFields: readonly string[] = []): FormValues {
  const values: FormValues = {};
  for (const name of [...TEXT_FIELDS, ...extraFields]) {
    const raw = input[name];
    if (typeof raw === 'string') values[name] = raw;
  }
  for (const name of LIST_FIELDS) {
    const raw = input[name];
    const items = (Array.isArray(raw) ? raw : [raw]).filter((item): item is string => typeof item === 'string');
    if (items.length > 0) values[name] = items;
  }
  return values;
}

function administratorInput(values: FormValues, slot: AdminSlot) {
  const fields = Object.fromEntries(ADMIN_TEXT_FIELDS.map((field) => [field, text(values, `${slot}.${field}`)]));
  return { ...fields, duties: list(values, `${slot}.duties`) };
}

/** 管理者② is optional: left entirely empty, it is not there. */
function isBlank(values: FormValues, slot: AdminSlot): boolean {
  return ADMIN_TEXT_FIELDS.every((field) => !text(values, `${slot}.${field}`)?.trim()) && list(values, `${slot}.duties`).length === 0;
}

function applicationInput(values: FormValues) {
  return {
    company: { ...Object.fromEntries(COMPANY_TEXT_FIELDS.map((field) => [field, text(values, field)])), businessTypes: list(values, 'businessTypes') },
    administrator1: administratorInput(values, 'admin1'),
    administrator2: isBlank(values, 'admin2') ? null : administratorInput(values, 'admin2'),
  };
}

/** The flat field name of an issue path: ['data','administrator1','userId'] → 'admin1.userId'. */
function fieldName(path: readonly PropertyKey[]): string | undefined {
  const parts = path.map(String);
  if (parts[0] === 'data') {
    if (parts[1] === 'company') return parts[2];
    if (parts[1] === 'administrator1' || parts[1] === 'administrator2') return `admin${parts[1].slice(-1)}.${parts[2]}`;
    return undefined;
  }
  return parts[0];
}

/**
 * The parser of a form made of the application fields and the form's own fields (`extra`, read
 * from `extraFields`); its result carries `data` (ApplicationData) next to the extra fields'
 * values. Each form builds its parser once: zod compiles an object schema at its first parse.
 */
export function applicationFormParser<E extends z.ZodRawShape>(extra: E, extraFields: readonly (keyof E & string)[]) {
  const schema = z.object({ data: applicationDataSchema }).extend(extra);
  return (input: Record<string, unknown>): ApplicationFormResult<z.output<z.ZodObject<E>> & { data: ApplicationData }> => {
    const values = collectValues(input, extraFields);
    const extraInput = Object.fromEntries(extraFields.map((field) => [field, text(values, field)]));
    const parsed = schema.safeParse({ data: applicationInput(values), ...extraInput });
    if (parsed.success) return { ok: true, data: parsed.data as z.output<z.ZodObject<E>> & { data: ApplicationData } };
    const errors: FormErrors = {};
    for (const issue of parsed.error.issues) {
      const name = fieldName(issue.path);
      if (name !== undefined && errors[name] === undefined) errors[name] = issue.message;
    }
    return { ok: false, errors, values };
  };
}

/** The form's values for data already stored (to show it again, e.g. after 再表示). */
export function valuesOf(data: ApplicationData): FormValues {
  const values: FormValues = { ...data.company, businessTypes: [...data.company.businessTypes] };
  for (const [slot, administrator] of [['admin1', data.administrator1], ['admin2', data.administrator2]] as const) {
    if (!administrator) continue;
    for (const field of ADMIN_TEXT_FIELDS) {
      values[`${slot}.${field}`] = field === 'emailConfirmation' ? administrator.email : administrator[field];
    }
    values[`${slot}.duties`] = [...administrator.duties];
  }
  return values;
}
