// 容量市場口座情報等: the bank account for capacity-market refunds (還元額の返還口座), in the
// fields a Japanese bank transfer needs.
import { z } from 'zod';
import { digits, fullWidthText, kanaText } from './text';

export const ACCOUNT_TYPES = ['普通', '当座'] as const;
export type AccountType = (typeof ACCOUNT_TYPES)[number];

export const REFUND_ACCOUNT_FIELDS = ['bankName', 'bankCode', 'branchName', 'branchCode', 'accountType', 'accountNumber', 'holderKana'] as const;
export type RefundAccountField = (typeof REFUND_ACCOUNT_FIELDS)[number];

// What 全銀 transfers accept in a holder's name: half-width katakana, upper-case letters,
// digits, space and ( ) . - / ,
const HOLDER_CHARS = /^[\uff66-\uff9f0-9A-Z ().\-/,]+$/;

const always = () => true;

export const refundAccountSchema = z.object({
  bankName: fullWidthText('金融機関名', 60),
  bankCode: digits('金融機関コード', 4, always, ''),
  branchName: fullWidthText('支店名', 60),
  branchCode: digits('支店コード', 3, always, ''),
  accountType: z.enum(ACCOUNT_TYPES, { error: '預金種別を選択してください。' }),
  accountNumber: digits('口座番号', 7, always, ''),
  // A カナ field like every other, narrowed to what a transfer accepts (letters upper-cased).
  holderKana: kanaText('口座名義カナ', 48, 'text')
    .transform((v) => v.toUpperCase())
    .refine((v) => HOLDER_CHARS.test(v), '口座名義カナは半角カナ（英大文字・数字・スペース・().-/, を含む）で入力してください。'),
});

export type RefundAccountInput = z.output<typeof refundAccountSchema>;
