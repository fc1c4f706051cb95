// 管理者①/② changes, applied at once (第5章): the slot's user is updated, replaced by another
// user of the member (promoted) or by a new user, and a replaced 管理者 stays on as 担当者. The
// member row is locked for the whole change so concurrent changes queue (and none applies to an
// ended membership), and the unique index on
// (事業者コード, slot) keeps the number of 管理者 at two at most.
import { Op, type Transaction } from 'sequelize';
import type { AdministratorInfo } from '../../domain/application-data';
import { digestOf } from '../../domain/digest';
import { administratorChanges, type FieldChange } from '../../domain/member-diff';
import { generateSecretToken } from '../../domain/secret-token';
import { MAX_PERSONS_IN_CHARGE } from '../../domain/user-limits';
import type { Database } from '../database';
import type { User } from '../models/user';
import { recordAudit } from './member-audit';
import { lockActiveMember } from './member-lock';
import { administratorInfo, insertUser, sameUserId } from './users';

export type AdministratorPair = [AdministratorInfo | null, AdministratorInfo | null];

export class AdministratorChangeRefused extends Error {}

const SLOT_LABELS = ['管理者①', '管理者②'] as const;

export async function currentAdministrators(db: Database, businessCode: string, transaction?: Transaction): Promise<[User | null, User | null]> {
  const admins = await db.models.User.findAll({ where: { businessCode, role: 'administrator' }, transaction });
  return [admins.find((u) => u.adminSlot === 1) ?? null, admins.find((u) => u.adminSlot === 2) ?? null];
}

/** What 会員情報変更 shows of 管理者①/②, as its form's edit basis. */
export function administratorsBasis(current: [User | null, User | null]): string {
  return digestOf(current.map((user) => (user ? administratorInfo(user) : null)));
}

/** What would change, field by field, labelled 管理者① … / 管理者② … */
export function administratorDiff(current: [User | null, User | null], requested: AdministratorPair): FieldChange[] {
  return [0, 1].flatMap((i) => administratorChanges(SLOT_LABELS[i] as string, current[i] ? administratorInfo(current[i] as User) : null, requested[i] ?? null));
}

function profileOf(info: AdministratorInfo) {
  const { duties, department, lastName, firstName, lastNameKana, firstNameKana, email, phone, note } = info;
  return { duties, department, lastName, firstName, lastNameKana, firstNameKana, email, phone, note };
}

export interface AdministratorChangeResult {
  changes: FieldChange[];
  /** Users created as 管理者: each gets a password by mail once the transaction is committed. */
  createdUserRowIds: number[];
}

export async function applyAdministratorChanges(
  db: Database,
  input: { businessCode: string; requested: AdministratorPair; actor: string; requestId: string },
  transaction: Transaction,
): Promise<AdministratorChangeResult> {
  const { User } = db.models;
  await lockActiveMember(db, input.businessCode, transaction);
  const current = await currentAdministrators(db, input.businessCode, transaction);
  const changes = administratorDiff(current, input.requested);
  if (changes.length === 0) return { changes, createdUserRowIds: [] };

  // Release first: a slot's user who is not requested there any more becomes 担当者, which also
  // frees the slot for a swap of ① and ② without touching the unique index twice.
  for (const [i, user] of current.entries()) {
    const wanted = input.requested[i];
    if (user && (!wanted || wanted.userId.toLowerCase() !== user.userId.toLowerCase())) {
      await user.update({ role: 'person_in_charge', adminSlot: null }, { transaction });
    }
  }
  const createdUserRowIds: number[] = [];
  for (const [i, wanted] of input.requested.entries()) {
    if (!wanted) continue;
    const slot = (i + 1) as 1 | 2;
    const existing = await User.findOne({ where: { businessCode: input.businessCode, [Op.and]: [sameUserId(db, wanted.userId)] }, transaction });
    if (existing) {
      await existing.update({ ...profileOf(wanted), role: 'administrator', adminSlot: slot }, { transaction });
    } else {
      // An unknown password until the mail's activity sets the one it mails.
      const created = await insertUser(db, { ...wanted, businessCode: input.businessCode, role: 'administrator', adminSlot: slot }, generateSecretToken(), true, transaction);
      createdUserRowIds.push(created.id);
    }
  }
  const personsInCharge = await User.count({ where: { businessCode: input.businessCode, role: 'person_in_charge' }, transaction });
  if (personsInCharge > MAX_PERSONS_IN_CHARGE) {
    throw new AdministratorChangeRefused(
      `担当者は${MAX_PERSONS_IN_CHARGE}名まで登録できます。管理者から外れる方は担当者になるため、先に「ユーザ管理(管理者機能)」で担当者を削除してください。`,
    );
  }
  await recordAudit(db, { businessCode: input.businessCode, actor: input.actor, action: 'administrator_changed', requestId: input.requestId, changes }, transaction);
  return { changes, createdUserRowIds };
}
