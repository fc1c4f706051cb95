// 加入申請リンク確認 (manual 1.2): who is applying and where the link to 加入(仮)申請 should go.
import { z } from 'zod';
import { emailAddress, fullWidthText } from './text';

export const JOIN_LINK_FIELDS = ['applicationId', 'companyName', 'contactName', 'email', 'emailConfirmation'] as const;
export type JoinLinkField = (typeof JOIN_LINK_FIELDS)[number];

export const joinLinkRequestSchema = z
  .object({
    // Generated when the form is shown: a double submission starts one application, not two.
    applicationId: z.uuid({ error: '画面の有効期限が切れました。もう一度入力してください。' }),
    companyName: fullWidthText('会社名', 100),
    contactName: fullWidthText('ご担当者氏名', 50),
    email: emailAddress(),
    emailConfirmation: emailAddress('メールアドレス (確認用)'),
  })
  .refine((form) => form.email.toLowerCase() === form.emailConfirmation.toLowerCase(), {
    path: ['emailConfirmation'],
    message: '上記と同じメールアドレスを入力してください。',
  });

export type JoinLinkRequest = z.output<typeof joinLinkRequestSchema>;
