// 承継・脱退に関する申請 (第6章, 第7章): ●事業承継先情報 for 承継; 脱退 only carries the form's id.
import { z } from 'zod';
import { requestIdField } from './form-id';
import { fullWidthText } from './text';
import { businessCode } from './user-fields';

export const SUCCESSION_FIELDS = ['requestId', 'successorCode', 'successorName'] as const;

/** 承継事業者コード (半角) + 承継事業者名 (全角). */
export const successionSchema = z.object({
  requestId: requestIdField('承継'),
  successorCode: businessCode('承継事業者コード'),
  successorName: fullWidthText('承継事業者名', 100),
});

export const withdrawalSchema = z.object({ requestId: requestIdField('脱退') });

/** Keeping one's own 事業者コード is a 変更, not a 承継 (manual 6.2). */
export const SAME_CODE_MESSAGE =
  '承継する際に事業者コードをそのまま引き継ぐ場合は、承継でなく変更にて手続きください。承継事業者コードには承継先の事業者コードを入力してください。';
