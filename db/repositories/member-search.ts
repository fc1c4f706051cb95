// 会員一覧 for staff: by 事業者コード, 会社名 and status, newest members first.
import { Op, type WhereOptions } from 'sequelize';
import type { Database } from '../database';
import type { MemberSearch } from '../../domain/forms/member-search';
import type { Member } from '../models/member';
import { companyNameSpellings, likeContains, likeLiteral } from './text-match';

function companyNameMatches(text: string): WhereOptions<Member> {
  return { [Op.or]: companyNameSpellings(text).map((spelling) => ({ companyName: { [Op.iLike]: likeContains(spelling) } })) };
}

function where(search: MemberSearch): WhereOptions<Member> {
  const conditions: WhereOptions<Member>[] = [];
  if (search.businessCode) conditions.push({ businessCode: { [Op.iLike]: `${likeLiteral(search.businessCode)}%` } });
  if (search.companyName) conditions.push(companyNameMatches(search.companyName));
  if (search.status) conditions.push({ status: search.status });
  return { [Op.and]: conditions };
}

export async function searchMembers(db: Database, search: MemberSearch, page: { limit: number; offset: number }) {
  const { rows, count } = await db.models.Member.findAndCountAll({
    where: where(search),
    order: [['joinedAt', 'DESC'], ['businessCode', 'ASC']],
    attributes: ['businessCode', 'companyName', 'status', 'joinedAt', 'endedAt', 'company'],
    ...page,
  });
  return { members: rows, total: count };
}

/** Every matching member, for the CSV export. */
export function allMembers(db: Database, search: MemberSearch): Promise<Member[]> {
  return db.models.Member.findAll({ where: where(search), order: [['businessCode', 'ASC']] });
}
