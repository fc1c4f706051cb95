// 容量市場口座情報等 is for 小売電気事業者 and 登録特定送配電事業者 (manual 1.4): they register the
// account that refunds (還元額) of the capacity market are paid back to.
import type { CompanyInfo } from './company';

export function needsRefundAccount(company: Pick<CompanyInfo, 'businessTypes'>): boolean {
  return company.businessTypes.some((type) => type === '小売電気' || type === '登録特定送配電');
}
