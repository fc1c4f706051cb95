// 加入申請受付番号 + 管理者①メールアドレス (manual 1.4 step 2): what opens 加入(本)申請 and the
// status page. A wrong pair gets one message that does not say which half was wrong.
import { z } from 'zod';
import { normalizeReceiptNumber } from '../receipt-number';
import { emailAddress } from './text';

export const LOOKUP_FIELDS = ['receiptNumber', 'lookupEmail'] as const;

export const NOT_FOUND_MESSAGE = '加入申請受付番号または管理者①メールアドレスが正しくありません。メールに記載された内容をご確認ください。';

export const lookupShape = {
  receiptNumber: z
    .string({ error: '加入申請受付番号を入力してください。' })
    .min(1, '加入申請受付番号を入力してください。')
    // A mistyped number is just "not found": the same neutral message as any other miss.
    .transform((v, ctx) => normalizeReceiptNumber(v) ?? (ctx.addIssue({ code: 'custom', message: NOT_FOUND_MESSAGE }), z.NEVER)),
  lookupEmail: emailAddress('管理者①メールアドレス'),
};

export const applicationLookupSchema = z.object(lookupShape);
