// 会員一覧's search (staff): query parameters, cleaned rather than refused, since a search with a
// stray character should still search.
import { isMemberStatus, type MemberStatus } from '../member-status';
import { readSearchText } from './search-text';
import { toHalfWidth } from './text';

export interface MemberSearch {
  businessCode: string;
  companyName: string;
  status: MemberStatus | '';
}

/**
 * A 事業者コード typed into a staff search, as stored: full-width letters and digits (typed with
 * the Japanese input mode on) read as half-width, anything else dropped.
 */
export function searchedBusinessCode(typed: string | undefined): string {
  return toHalfWidth(typed ?? '').replace(/[^A-Za-z0-9]/g, '').slice(0, 4).toUpperCase();
}

export function readMemberSearch(query: (name: string) => string | undefined): MemberSearch {
  const status = query('status') ?? '';
  return {
    businessCode: searchedBusinessCode(query('businessCode')),
    companyName: readSearchText(query('companyName')),
    status: isMemberStatus(status) ? status : '',
  };
}
