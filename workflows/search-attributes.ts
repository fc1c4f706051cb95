// Custom search attributes: operators filter by these in the Temporal Web UI
// (e.g. `OcctoReceiptNumber = "J-7K3M-9Q2P"`), and the staff console builds its links from them.
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

export const STATUS = defineSearchAttributeKey('OcctoStatus', SearchAttributeType.KEYWORD);
/** 加入申請受付番号 */
export const RECEIPT_NUMBER = defineSearchAttributeKey('OcctoReceiptNumber', SearchAttributeType.KEYWORD);
/** 事業者コード */
export const BUSINESS_CODE = defineSearchAttributeKey('OcctoBusinessCode', SearchAttributeType.KEYWORD);
/** 会社名 */
export const COMPANY_NAME = defineSearchAttributeKey('OcctoCompanyName', SearchAttributeType.KEYWORD);
/** What the workflow is about: membership application, member, change request … */
export const KIND = defineSearchAttributeKey('OcctoKind', SearchAttributeType.KEYWORD);

export const ALL_SEARCH_ATTRIBUTES = [STATUS, RECEIPT_NUMBER, BUSINESS_CODE, COMPANY_NAME, KIND];
