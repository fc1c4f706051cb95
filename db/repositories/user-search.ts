// ユーザ情報一覧's search: within one member, by ユーザID, 氏名 (漢字 or カナ) and 担当業務. A name is
// looked for as the forms store it: 全角 in 氏名, half-width katakana in 氏名カナ, so ヨシダ, よしだ and
// ﾖｼﾀﾞ all find ﾖｼﾀﾞ.
import { Op, Sequelize, type WhereOptions } from 'sequelize';
import { toFullWidth, toHalfWidthKana } from '../../domain/forms/text';
import type { UserSearchCriteria } from '../../domain/forms/user-search';
import type { Database } from '../database';
import type { User } from '../models/user';

// What people type is matched literally: % and _ are not wildcards for them.
function literal(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function searchUsers(db: Database, businessCode: string, criteria: UserSearchCriteria): Promise<User[]> {
  const conditions: WhereOptions<User>[] = [{ businessCode }];
  if (criteria.userId) conditions.push({ userId: { [Op.iLike]: literal(criteria.userId) } });
  if (criteria.name) {
    const compact = criteria.name.replace(/[\s\u3000]/g, '');
    conditions.push({
      [Op.or]: [
        Sequelize.where(Sequelize.fn('concat', Sequelize.col('last_name'), Sequelize.col('first_name')), { [Op.iLike]: literal(toFullWidth(compact)) }),
        Sequelize.where(Sequelize.fn('concat', Sequelize.col('last_name_kana'), Sequelize.col('first_name_kana')), { [Op.iLike]: literal(toHalfWidthKana(compact)) }),
      ],
    });
  }
  if (criteria.duty) conditions.push({ duties: { [Op.contains]: [criteria.duty] } });
  return db.models.User.findAll({ where: { [Op.and]: conditions }, order: [['role', 'ASC'], ['adminSlot', 'ASC'], ['userId', 'ASC']] });
}
