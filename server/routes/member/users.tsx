// ユーザ管理(管理者機能) (第3章): ユーザ情報一覧, ユーザ情報登録, ユーザ情報詳細 with 変更, 削除
// and パスワード初期化. Only 担当者 are added, changed or deleted here; パスワード初期化 also serves
// the other 管理者 (one's own password changes at パスワード変更). Every lookup is scoped to the
// logged-in member, so another member's users are simply not found. Each change is recorded in
// the audit trail with the 管理者 who made it.
import { Hono, type Context } from 'hono';
import { randomUUID } from 'node:crypto';
import { parseForm } from '../../../domain/forms/parse-form';
import { NEW_USER_FIELDS, newUserSchema, USER_UPDATE_FIELDS, userFormInput, userUpdateSchema } from '../../../domain/forms/user';
import { readUserSearch } from '../../../domain/forms/user-search';
import type { User } from '../../../db/models/user';
import { userActor } from '../../../db/repositories/member-audit';
import { searchUsers } from '../../../db/repositories/user-search';
import {
  addPersonInCharge,
  deletePersonInCharge,
  profileBasis,
  registeredByForm,
  undoAddPersonInCharge,
  updatePersonInCharge,
  UserIdTakenError,
  UserLimitReachedError,
  voidPasswordForReset,
} from '../../../db/repositories/users';
import { MAX_PERSONS_IN_CHARGE } from '../../../domain/user-limits';
import { UserDeletePage, UserDetailPage, userFormValues } from '../../../templates/member/users/user-detail';
import { UserListPage } from '../../../templates/member/users/user-list';
import { ErrorPage } from '../../../templates/public/error-page';
import { UserNewPage } from '../../../templates/member/users/user-new';
import { requireAdministrator } from '../../auth/require-member';
import type { AppDeps, AppEnv } from '../../deps';
import { memberPageCache, PAGE_CACHE_SIZE } from '../../member-page-cache';
import { startMailDelivery } from '../../mail-delivery';

const DONE: Record<string, (userId: string) => string> = {
  created: (id) => `ユーザID ${id} を登録しました。登録したメールアドレスにパスワードを記載したメールをお送りします。`,
  deleted: (id) => `ユーザID ${id} を削除しました。`,
  updated: () => 'ユーザ情報を変更しました。',
  reset: () => 'パスワードを初期化しました。登録されているメールアドレスに新しいパスワードを記載したメールをお送りします。',
};

const OWN_PASSWORD_RESET = 'ご自身のパスワードは初期化できません。「パスワード変更」から変更してください。';

/** A ユーザID's shape: the address names the user a step concerned, and nothing else is echoed. */
const USER_ID_SHAPE = /^[A-Za-z0-9]{6}$/;

function doneMessage(c: Context<AppEnv>, userId: string): string | undefined {
  const key = Object.keys(DONE).find((k) => c.req.query(k) !== undefined);
  if (!key) return undefined;
  const named = c.req.query(key) || userId;
  return USER_ID_SHAPE.test(named) ? DONE[key]?.(named) : undefined;
}

/** Said when another 管理者 changed the user after this form was shown. */
const CHANGED_MEANWHILE = 'この画面を表示した後に、ほかの方がユーザ情報を変更しました。最新の内容を表示していますので、ご確認のうえ、もう一度変更してください。';

export function userManagementRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = new Hono<AppEnv>();
  const administrator = requireAdministrator();
  app.use('/member/users', administrator);
  app.use('/member/users/*', administrator);

  /** The form as stored now, with what it is shown with. */
  const editValues = (user: User) => ({ ...userFormValues(user), basis: profileBasis(user) });

  async function findUser(c: Context<AppEnv>) {
    return db.models.User.findOne({ where: { businessCode: c.get('member').member.businessCode, userId: c.req.param('userId') ?? '' } });
  }

  app.get('/member/users', memberPageCache(PAGE_CACHE_SIZE), async (c) => {
    const auth = c.get('member');
    const search = readUserSearch((name) => c.req.query(name));
    const users = await searchUsers(db, auth.member.businessCode, search);
    const personsInCharge = await db.models.User.count({ where: { businessCode: auth.member.businessCode, role: 'person_in_charge' } });
    return c.html(<UserListPage auth={auth} users={users} search={search} personsInCharge={personsInCharge} done={doneMessage(c, '')} />);
  });

  app.get('/member/users/new', (c) => c.html(<UserNewPage auth={c.get('member')} requestId={randomUUID()} values={{}} errors={{}} />));

  app.post('/member/users', async (c) => {
    const auth = c.get('member');
    const result = parseForm(newUserSchema, NEW_USER_FIELDS, userFormInput(await c.req.parseBody({ all: true })));
    if (!result.ok) {
      const requestId = result.errors.requestId ? randomUUID() : (result.values.requestId ?? randomUUID());
      return c.html(<UserNewPage auth={auth} requestId={requestId} values={result.values} errors={result.errors} />, 422);
    }
    const { emailConfirmation: _confirmed, requestId, ...profile } = result.data;
    const { businessCode } = auth.member;
    // The same form sent again (a double click, a reload): the first one's outcome stands.
    const registered = async () => {
      const earlier = await registeredByForm(db, businessCode, requestId);
      return earlier ? c.redirect(`/member/users?created=${earlier.userId}`, 303) : null;
    };
    const earlier = await registered();
    if (earlier) return earlier;
    try {
      const added = await addPersonInCharge(db, { ...profile, businessCode, registrationFormId: requestId }, userActor(auth.user));
      const { user } = added;
      try {
        await startMailDelivery(deps, { kind: 'user-password', idempotencyKey: `user-created:${user.id}`, userRowId: user.id, reason: 'created' });
      } catch (error) {
        // All or nothing: a user without its password mail would keep its ユーザID taken. Undone,
        // the 管理者 (shown the 503 page) simply registers again; a delivery that did start after
        // all finds no user, unless it was quicker than this.
        await undoAddPersonInCharge(db, added);
        throw error;
      }
      c.get('log').info({ businessCode: user.businessCode, userId: user.userId }, 'user created');
      return c.redirect(`/member/users?created=${user.userId}`, 303);
    } catch (error) {
      const values = { ...result.data, duties: result.data.duties.join(',') };
      if (error instanceof UserIdTakenError) {
        const sameForm = await registered();
        if (sameForm) return sameForm;
        return c.html(<UserNewPage auth={auth} requestId={requestId} values={values} errors={{ userId: 'このユーザIDはすでに登録されています。別のユーザIDを入力してください。' }} />, 422);
      }
      if (error instanceof UserLimitReachedError) {
        return c.html(<UserNewPage auth={auth} requestId={requestId} values={values} errors={{}} error={`担当者は${MAX_PERSONS_IN_CHARGE}名まで登録できます。これ以上登録するには、既存の担当者を削除してください。`} />, 422);
      }
      throw error;
    }
  });

  app.get('/member/users/:userId', async (c) => {
    const user = await findUser(c);
    if (!user) return c.notFound();
    return c.html(<UserDetailPage auth={c.get('member')} user={user} values={editValues(user)} errors={{}} resetRequestId={randomUUID()} done={doneMessage(c, user.userId)} />);
  });

  app.post('/member/users/:userId', async (c) => {
    const auth = c.get('member');
    const user = await findUser(c);
    if (!user) return c.notFound();
    if (user.role !== 'person_in_charge') return c.html(<UserDetailPage auth={auth} user={user} values={{}} errors={{}} resetRequestId={randomUUID()} />, 403);
    const result = parseForm(userUpdateSchema, USER_UPDATE_FIELDS, userFormInput(await c.req.parseBody({ all: true })));
    if (!result.ok) return c.html(<UserDetailPage auth={auth} user={user} values={result.values} errors={result.errors} resetRequestId={randomUUID()} />, 422);
    const { emailConfirmation: _confirmed, basis, ...profile } = result.data;
    const outcome = await updatePersonInCharge(db, user, profile, userActor(auth.user), basis);
    if (outcome === 'gone') return c.notFound();
    if (outcome === 'stale') {
      const current = (await findUser(c)) ?? user;
      return c.html(<UserDetailPage auth={auth} user={current} values={editValues(current)} errors={{}} resetRequestId={randomUUID()} error={CHANGED_MEANWHILE} />, 409);
    }
    c.get('log').info({ businessCode: user.businessCode, userId: user.userId }, 'user updated');
    return c.redirect(`/member/users/${user.userId}?updated`, 303);
  });

  app.get('/member/users/:userId/delete', async (c) => {
    const user = await findUser(c);
    if (!user || user.role !== 'person_in_charge') return c.notFound();
    return c.html(<UserDeletePage auth={c.get('member')} user={user} />);
  });

  app.post('/member/users/:userId/delete', async (c) => {
    const user = await findUser(c);
    if (!user || user.role !== 'person_in_charge') return c.notFound();
    if (!(await deletePersonInCharge(db, user, userActor(c.get('member').user)))) return c.notFound();
    c.get('log').info({ businessCode: user.businessCode, userId: user.userId }, 'user deleted');
    return c.redirect(`/member/users?deleted=${user.userId}`, 303);
  });

  app.post('/member/users/:userId/password-reset', async (c) => {
    const auth = c.get('member');
    const user = await findUser(c);
    if (!user) return c.notFound();
    if (user.id === auth.user.id) {
      return c.html(<UserDetailPage auth={auth} user={user} values={{}} errors={{}} resetRequestId={randomUUID()} error={OWN_PASSWORD_RESET} />, 403);
    }
    const body = await c.req.parseBody();
    const requestId = typeof body.requestId === 'string' && /^[0-9a-f-]{36}$/.test(body.requestId) ? body.requestId : randomUUID();
    const started = await startMailDelivery(deps, { kind: 'user-password', idempotencyKey: `user-password-reset:${user.id}:${requestId}`, userRowId: user.id, reason: 'reset' });
    // The old password stops working now, not when the mail goes out; so do its sessions. A
    // repeated form (same id) changes nothing and is not recorded again.
    if (started && !(await voidPasswordForReset(db, user, userActor(auth.user)))) {
      return c.html(<ErrorPage status={404} text={`ユーザID ${user.userId} のユーザは削除されているため、パスワード初期化は行われませんでした。`} member={auth} />, 404);
    }
    c.get('log').info({ businessCode: user.businessCode, userId: user.userId }, 'user password reset');
    return c.redirect(`/member/users/${user.userId}?reset`, 303);
  });

  return app;
}
