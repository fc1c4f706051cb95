// 加入申請リンク確認 (manual 1.2): who is applying and where the link to 加入(仮)申請 should go.
import { z } from 'zod';
import { withEmailConfirmation } from './email-confirmation';
import { formIdField } from './form-id';
import { emailAddress, fullWidthText } from './text';

export const JOIN_LINK_FIELDS = ['applicationId', 'companyName', 'contactName', 'email', 'emailConfirmation'] as const;
export type JoinLinkField = (typeof JOIN_LINK_FIELDS)[number];

export const joinLinkRequestSchema = withEmailConfirmation(
  z.object({
    // The form's id becomes the application's: a double submission starts one application.
    applicationId: formIdField(),
    companyName: fullWidthText('会社名', 100),
    contactName: fullWidthText('ご担当者氏名', 50),
    email: emailAddress(),
    emailConfirmation: emailAddress('メールアドレス (確認用)'),
  }),
);
