// 会員一覧 for staff: by 事業者コード, 会社名 (or its reading, typed in kana) and status, newest members first.
import { Op, Sequelize, type WhereOptions } from 'sequelize';
import { toHalfWidthKana } from '../../domain/forms/text';
import type { Database } from '../database';
import type { MemberSearch } from '../../domain/forms/member-search';
import type { Member } from '../models/member';
import { memberCount } from './member-counts';
import { readPage } from './paged-read';
import type { QueuePage } from './staff-queues';
import { companyNameSpellings, likeContains, likeLiteral } from './text-match';

/** Kana alone (hiragana, katakana, the long-vowel mark, spaces): a 会社名 given by its reading. */
const KANA_ONLY = /^[\u3041-\u3096\u30a1-\u30fa\u30fc\uff66-\uff9f\s\u3000]+$/;

function companyNameMatches(text: string): WhereOptions<Member> {
  const byName = companyNameSpellings(text).map((spelling) => ({ companyName: { [Op.iLike]: likeContains(spelling) } }));
  // 会社名カナ is stored in half-width katakana (migration 0017 indexes it).
  const byReading = KANA_ONLY.test(text) ? [Sequelize.where(Sequelize.literal("company->>'companyNameKana'"), { [Op.iLike]: likeContains(toHalfWidthKana(text)) })] : [];
  return { [Op.or]: [...byName, ...byReading] };
}

function where(search: MemberSearch): WhereOptions<Member> {
  const conditions: WhereOptions<Member>[] = [];
  if (search.businessCode) conditions.push({ businessCode: { [Op.iLike]: `${likeLiteral(search.businessCode)}%` } });
  if (search.companyName) conditions.push(companyNameMatches(search.companyName));
  if (search.status) conditions.push({ status: search.status });
  return { [Op.and]: conditions };
}

/** Rows per page of 会員一覧. */
const MEMBER_PAGE_SIZE = 50;

export function searchMembers(db: Database, search: MemberSearch, rawPage: string | undefined): Promise<QueuePage<Member>> {
  const conditions = where(search);
  return readPage(rawPage, MEMBER_PAGE_SIZE, {
    rows: (bounds) =>
      db.models.Member.findAll({
        where: conditions,
        order: [['joinedAt', 'DESC'], ['businessCode', 'ASC']],
        attributes: ['businessCode', 'companyName', 'status', 'joinedAt', 'endedAt', 'company'],
        ...bounds,
      }),
    // The whole list, or one status of it: its size is kept (migration 0019), not counted.
    ...(search.businessCode || search.companyName ? { count: () => db.models.Member.count({ where: conditions }) } : { count: () => memberCount(db, search.status), sizeIsKept: true }),
  });
}

/** Every matching member, for the CSV export. */
export function allMembers(db: Database, search: MemberSearch): Promise<Member[]> {
  return db.models.Member.findAll({ where: where(search), order: [['businessCode', 'ASC']] });
}
