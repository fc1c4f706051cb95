// 加入(本)申請 (manual 1.4): the application fields again, the 事業者コード and the three consents.
import { z } from 'zod';
import { applicationFormParser } from './application';
import { lookupShape } from './application-lookup';
import { formIdField } from './form-id';
import { businessCode } from './user-fields';

const consent = (message: string) => z.literal('yes', { error: message });

export const CONSENTS = [
  { name: 'consentArticles', label: '電力広域的運営推進機関 定款に同意する' },
  { name: 'consentTerms', label: 'システム利用許諾(システム利用規約)に同意する' },
  { name: 'consentNotice', label: '総会招集通知の電磁的手法利用許諾(定款 第25条)に同意する' },
] as const;

export const finalApplicationShape = {
  ...lookupShape,
  submissionId: formIdField('もう一度「再表示」からやり直してください。'),
  businessCode: businessCode(),
  consentArticles: consent('電力広域的運営推進機関 定款に同意してください。'),
  consentTerms: consent('システム利用許諾(システム利用規約)に同意してください。'),
  consentNotice: consent('総会招集通知の電磁的手法利用許諾(定款 第25条)に同意してください。'),
};

export const FINAL_APPLICATION_EXTRA_FIELDS = ['receiptNumber', 'lookupEmail', 'submissionId', 'businessCode', 'consentArticles', 'consentTerms', 'consentNotice'] as const;

export const parseFinalApplicationForm = applicationFormParser(finalApplicationShape, FINAL_APPLICATION_EXTRA_FIELDS);
