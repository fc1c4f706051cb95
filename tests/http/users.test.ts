// 第3章 ユーザ管理(管理者機能) over HTTP: 一覧 and search, 新規登録 with its mail, 変更, 削除,
// パスワード初期化 (of 担当者 and of the other 管理者), the 10-担当者 limit under concurrent
// requests, 新規登録 while Temporal is away, inert markup, CSRF.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../config/logger';
import type { Database } from '../../db/database';
import { insertUser } from '../../db/repositories/users';
import { toFullWidth } from '../../domain/forms/text';
import { generatePassword } from '../../domain/password-generator';
import { freePort } from '../../scripts/ports';
import { createApp } from '../../server/app';
import { createTemporalClient } from '../../server/temporal-client';
import { createMemberWithAdmin, createPersonInCharge, getWithCookie, memberCookie, randomCode, sampleProfile } from '../support/auth';
import { postForm } from '../support/http';
import { mailsTo, waitForMail } from '../support/mail-inbox';
import { testConfig, testDatabase, uniqueEmail } from '../support/stack';

let db: Database;
beforeAll(() => {
  db = testDatabase();
});
afterAll(() => db.close());

function newUserForm(overrides: Record<string, string> = {}) {
  const email = uniqueEmail('tanto');
  return {
    requestId: crypto.randomUUID(),
    userId: randomCode(6).toLowerCase(),
    duties: '総会',
    department: '総務部 主任',
    lastName: '山本',
    firstName: '浩紀',
    lastNameKana: 'ヤマモト',
    firstNameKana: 'ヒロキ',
    email,
    emailConfirmation: email,
    phone: '03-3333-1234',
    note: '特になし',
    ...overrides,
  };
}

function passwordIn(text: string): string {
  const match = /パスワード: (\S+)/.exec(text);
  if (!match) throw new Error(`no password in mail:\n${text}`);
  return match[1] as string;
}

async function administrator() {
  const member = await createMemberWithAdmin(db);
  return { ...member, cookie: await memberCookie(member.businessCode, member.userId, member.password) };
}

/** 管理者② of the member, ready to log in. */
async function secondAdministrator(businessCode: string) {
  const password = generatePassword();
  const profile = sampleProfile();
  await db.sequelize.transaction((transaction) => insertUser(db, { ...profile, businessCode, role: 'administrator', adminSlot: 2 }, password, false, transaction));
  return { userId: profile.userId, email: profile.email, password };
}

/** The labels of the buttons and button-links in a page's row of buttons, in order. */
function buttonRow(html: string): string[] {
  const rows = [...html.matchAll(/<div class="actions">([\s\S]*?)<\/div>/g)].map((m) => m[1] as string);
  const row = rows.find((r) => r.includes('戻る</a>')) ?? '';
  return [...row.matchAll(/>([^<>]+)<\/(?:a|button)>/g)].map((m) => m[1] as string);
}

describe('ユーザ情報一覧', () => {
  it('lists the member own users only, and searches by ユーザID, 氏名 and 担当業務', async () => {
    const admin = await administrator();
    const other = await createMemberWithAdmin(db);
    const tanaka = await createPersonInCharge(db, admin.businessCode, { profile: { lastName: '田中', firstName: '一郎', lastNameKana: 'ﾀﾅｶ', duties: ['会費'] } });
    const html = await (await getWithCookie('/member/users', admin.cookie)).text();
    expect(html).toContain('<h1>ユーザ情報一覧</h1>');
    expect(html).toContain(admin.userId);
    expect(html).toContain(tanaka.userId);
    expect(html).not.toContain(other.userId);
    expect(html).toContain('<a class="button" href="/member/users/new">新規登録</a>');
    expect(html).toContain('管理者の追加・変更は「会員情報変更」から申請してください');

    const byName = await (await getWithCookie(`/member/users?name=${encodeURIComponent('田中')}`, admin.cookie)).text();
    expect(byName).toContain(tanaka.userId);
    expect(byName).not.toContain(`>${admin.userId}<`);
    // カナ is stored half-width, as the form turns it: typed in any kana width it is found.
    for (const kana of ['ﾀﾅｶ', 'タナカ', 'たなか']) {
      const byKana = await (await getWithCookie(`/member/users?name=${encodeURIComponent(kana)}`, admin.cookie)).text();
      expect(byKana, kana).toContain(tanaka.userId);
      expect(byKana, kana).not.toContain(`>${admin.userId}<`);
    }
    const byWideId = await (await getWithCookie(`/member/users?userId=${encodeURIComponent(toFullWidth(tanaka.userId))}`, admin.cookie)).text();
    expect(byWideId).toContain(`>${tanaka.userId}<`);
    expect(byWideId).not.toContain(`>${admin.userId}<`);
    const byDuty = await (await getWithCookie(`/member/users?duty=${encodeURIComponent('会費')}`, admin.cookie)).text();
    expect(byDuty).toContain(tanaka.userId);
    expect(byDuty).not.toContain(`>${admin.userId}<`);
    const byId = await (await getWithCookie(`/member/users?userId=${admin.userId}`, admin.cookie)).text();
    expect(byId).not.toContain(`>${tanaka.userId}<`);
  });
});

describe('the notice of a step taken', () => {
  it('names only a ユーザID from the address, so a crafted link cannot make the page say something else', async () => {
    const admin = await administrator();
    const crafted = encodeURIComponent('至急 03-0000-0000 へお電話ください');
    for (const query of [`created=${crafted}`, `deleted=${crafted}`]) {
      const html = await (await getWithCookie(`/member/users?${query}`, admin.cookie)).text();
      expect(html, query).not.toContain('至急');
      expect(html, query).not.toContain('role="status"');
    }
    expect(await (await getWithCookie('/member/users?deleted=abc123', admin.cookie)).text()).toContain('ユーザID abc123 を削除しました。');
  });
});

describe('新規登録', () => {
  it('shows every field of the manual with its label', async () => {
    const admin = await administrator();
    const html = await (await getWithCookie('/member/users/new', admin.cookie)).text();
    for (const label of ['ユーザID', '所属・役職', '姓', '名', 'セイ', 'メイ', 'メールアドレス', 'メールアドレス (確認用)', '電話番号', 'その他']) {
      expect(html).toContain(`>${label}</label>`);
    }
    for (const duty of ['総会', '資機材', 'セキュリティ', '会費', '容量市場']) expect(html).toContain(`value="${duty}"`);
    expect(html).toContain('<button type="submit">新規登録</button>');
    expect(html).toContain('>戻る</a>');
  });

  it('registers a 担当者 who gets a mail with a password that must be changed at first login', async () => {
    const admin = await administrator();
    const form = newUserForm();
    const response = await postForm('/member/users', form, { cookie: admin.cookie });
    expect(response.status).toBe(303);
    const mail = await waitForMail(form.email);
    expect(mail.subject).toContain('ユーザ登録のお知らせ');
    expect(mail.text).toContain(`ユーザID: ${form.userId}`);
    const password = passwordIn(mail.text);
    const ledger = await db.models.SentMail.findOne({ where: { recipient: form.email } });
    expect(ledger?.body).not.toContain(password);

    const user = await db.models.User.findOne({ where: { businessCode: admin.businessCode, userId: form.userId } });
    expect(user?.role).toBe('person_in_charge');
    expect(user?.lastNameKana).toBe('ﾔﾏﾓﾄ');
    expect(user?.department).toBe('総務部　主任');
    const cookie = await memberCookie(admin.businessCode, form.userId, password);
    expect((await getWithCookie('/member', cookie)).headers.get('location')).toBe('/member/password');
  });

  it('explains every mistake beside its field, keeps the values and stores nothing', async () => {
    const admin = await administrator();
    const form = newUserForm({ userId: 'ab', duties: '', lastNameKana: 'yamamoto', emailConfirmation: 'x@example.co.jp', phone: '03-3333' });
    const response = await postForm('/member/users', form, { cookie: admin.cookie });
    expect(response.status).toBe(422);
    const html = await response.text();
    for (const message of ['ユーザIDは6桁の半角英数字で入力してください。', '担当業務を1つ以上選択してください。', '氏名カナ（セイ）はカナで入力してください。', 'メールアドレス (確認用)がメールアドレスと一致しません。', '電話番号は0から始まる10桁または11桁の半角数字で入力してください']) {
      expect(html).toContain(message);
    }
    expect(html).toContain(`value="${form.email}"`);
    expect(await db.models.User.count({ where: { businessCode: admin.businessCode } })).toBe(1);
  });

  it('refuses a ユーザID already used in the member', async () => {
    const admin = await administrator();
    const response = await postForm('/member/users', newUserForm({ userId: admin.userId }), { cookie: admin.cookie });
    expect(response.status).toBe(422);
    expect(await response.text()).toContain('このユーザIDはすでに登録されています。');
  });

  it('takes a ユーザID in capitals for the same ID, also when both are registered at once', async () => {
    const admin = await administrator();
    const userId = `x${randomCode(5).toLowerCase()}`;
    expect((await postForm('/member/users', newUserForm({ userId }), { cookie: admin.cookie })).status).toBe(303);
    const again = await postForm('/member/users', newUserForm({ userId: userId.toUpperCase() }), { cookie: admin.cookie });
    expect(again.status).toBe(422);
    expect(await again.text()).toContain('このユーザIDはすでに登録されています。');

    const racing = `y${randomCode(5).toLowerCase()}`;
    const answers = await Promise.all([racing, racing.toUpperCase()].map((id) => postForm('/member/users', newUserForm({ userId: id }), { cookie: admin.cookie })));
    expect(answers.map((r) => r.status).sort()).toEqual([303, 422]);
  });

  it('registers one user for the same form sent twice at once, and answers both with the registration', async () => {
    const admin = await administrator();
    const form = newUserForm();
    const answers = await Promise.all([1, 2].map(() => postForm('/member/users', form, { cookie: admin.cookie })));
    expect(answers.map((r) => [r.status, r.headers.get('location')])).toEqual([
      [303, `/member/users?created=${form.userId}`],
      [303, `/member/users?created=${form.userId}`],
    ]);
    expect(await db.models.User.count({ where: { businessCode: admin.businessCode, role: 'person_in_charge' } })).toBe(1);
    await waitForMail(form.email);
    expect(await db.models.SentMail.count({ where: { recipient: form.email } })).toBe(1);
    expect(await mailsTo(form.email)).toHaveLength(1);
  });

  it('asks for the form again when it comes without its id', async () => {
    const admin = await administrator();
    const { requestId: _none, ...form } = newUserForm();
    const response = await postForm('/member/users', form, { cookie: admin.cookie });
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain('画面の有効期限が切れました。お手数ですが、もう一度「新規登録」ボタンをクリックしてください。');
    expect(html).toMatch(/name="requestId" value="[0-9a-f-]{36}"/);
    expect(html).toContain(`value="${form.userId}"`);
  });

  it('keeps to 10 担当者 when 13 are registered at the same time', async () => {
    const admin = await administrator();
    const forms = Array.from({ length: 13 }, () => newUserForm());
    const responses = await Promise.all(forms.map((form) => postForm('/member/users', form, { cookie: admin.cookie })));
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 303)).toHaveLength(10);
    expect(statuses.filter((s) => s === 422)).toHaveLength(3);
    expect(await db.models.User.count({ where: { businessCode: admin.businessCode, role: 'person_in_charge' } })).toBe(10);
    const refused = responses.find((r) => r.status === 422);
    expect(await refused?.text()).toContain('担当者は10名まで登録できます。');
    expect(await (await getWithCookie('/member/users', admin.cookie)).text()).not.toContain('href="/member/users/new"');
  });
});

describe('新規登録 while Temporal is away', () => {
  it('answers 503 in Japanese and keeps no user, so the same ユーザID registers once Temporal is back', async () => {
    const admin = await administrator();
    const config = testConfig();
    // The app in this process, on the run's database, with its Temporal client at a closed port.
    const temporal = createTemporalClient(`127.0.0.1:${await freePort()}`, config.temporal.namespace);
    const app = createApp({ config, db, temporal, logger: createLogger({ logLevel: 'silent' }, 'test') });
    const form = newUserForm();
    try {
      const response = await app.request('/member/users', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: new URL(config.web.publicBaseUrl).origin, cookie: admin.cookie },
        body: new URLSearchParams(form).toString(),
      });
      expect(response.status).toBe(503);
      const html = await response.text();
      expect(html).toContain('ただいまご利用いただけません');
      expect(html).not.toMatch(/Error|at \w+ \(/);
    } finally {
      await temporal.connection.close().catch(() => undefined);
    }
    expect(await db.models.User.count({ where: { businessCode: admin.businessCode, userId: form.userId } })).toBe(0);
    expect(await db.models.MemberAuditEntry.count({ where: { businessCode: admin.businessCode } })).toBe(0);

    expect((await postForm('/member/users', form, { cookie: admin.cookie })).status).toBe(303);
    expect((await waitForMail(form.email)).text).toContain(`ユーザID: ${form.userId}`);
  });
});

describe('ユーザ情報詳細', () => {
  it('changes a 担当者 with 変更', async () => {
    const admin = await administrator();
    const tanto = await createPersonInCharge(db, admin.businessCode);
    const page = await (await getWithCookie(`/member/users/${tanto.userId}`, admin.cookie)).text();
    // One row in the manual's order; パスワード初期化 submits its own form, named by form="…".
    expect(buttonRow(page)).toEqual(['戻る', '削除', 'パスワード初期化', '変更']);
    expect(page).toContain('<button type="submit" form="password-reset-form">パスワード初期化</button>');
    expect(page).toMatch(new RegExp(`<form id="password-reset-form" hx-boost="true" method="post" action="/member/users/${tanto.userId}/password-reset">`));
    expect(page).toContain('ユーザー情報の変更・削除はこちらからできます');
    const { userId: _fixed, ...fields } = newUserForm({ department: '経理部 課長', duties: '会費' });
    const response = await postForm(`/member/users/${tanto.userId}`, fields, { cookie: admin.cookie });
    expect(response.status).toBe(303);
    const user = await db.models.User.findOne({ where: { businessCode: admin.businessCode, userId: tanto.userId } });
    expect(user?.department).toBe('経理部　課長');
    expect(user?.duties).toEqual(['会費']);
  });

  it('deletes after a confirmation and ends the deleted user sessions', async () => {
    const admin = await administrator();
    const tanto = await createPersonInCharge(db, admin.businessCode);
    const session = await memberCookie(admin.businessCode, tanto.userId, tanto.password);
    const confirm = await (await getWithCookie(`/member/users/${tanto.userId}/delete`, admin.cookie)).text();
    expect(confirm).toContain('削除してよろしいですか');
    // 削除 wears the caution colour, here and on ユーザ情報詳細; 戻る stays secondary.
    expect(confirm).toContain(`<a class="button secondary" href="/member/users/${tanto.userId}">戻る</a><button type="submit" class="button danger">削除</button>`);
    expect(await (await getWithCookie(`/member/users/${tanto.userId}`, admin.cookie)).text()).toContain(`<a class="button danger" href="/member/users/${tanto.userId}/delete">削除</a>`);
    const response = await postForm(`/member/users/${tanto.userId}/delete`, {}, { cookie: admin.cookie });
    expect(response.status).toBe(303);
    expect(await db.models.User.count({ where: { businessCode: admin.businessCode, userId: tanto.userId } })).toBe(0);
    expect((await getWithCookie('/member', session)).status).toBe(303);
    expect((await postForm('/login', { businessCode: admin.businessCode, userId: tanto.userId, password: tanto.password })).status).toBe(422);
  });

  it('パスワード初期化: the old password and its sessions end at once; one mail per click, with a new password', async () => {
    const admin = await administrator();
    const tanto = await createPersonInCharge(db, admin.businessCode);
    const session = await memberCookie(admin.businessCode, tanto.userId, tanto.password);
    const requestId = crypto.randomUUID();
    const [first, second] = await Promise.all([
      postForm(`/member/users/${tanto.userId}/password-reset`, { requestId }, { cookie: admin.cookie }),
      postForm(`/member/users/${tanto.userId}/password-reset`, { requestId }, { cookie: admin.cookie }),
    ]);
    expect([first.status, second.status]).toEqual([303, 303]);
    expect((await getWithCookie('/member', session)).status).toBe(303);
    const mail = await waitForMail(tanto.email);
    expect(mail.subject).toContain('パスワード初期化のお知らせ');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await mailsTo(tanto.email)).toHaveLength(1);
    expect((await postForm('/login', { businessCode: admin.businessCode, userId: tanto.userId, password: tanto.password })).status).toBe(422);
    // The same form sent again after the mail (a reload): the mailed password must stay the one.
    expect((await postForm(`/member/users/${tanto.userId}/password-reset`, { requestId }, { cookie: admin.cookie })).status).toBe(303);
    const cookie = await memberCookie(admin.businessCode, tanto.userId, passwordIn(mail.text));
    expect((await getWithCookie('/member', cookie)).headers.get('location')).toBe('/member/password');
  });

  it('shows the other 管理者 read-only with パスワード初期化, which mails a new password and ends the old one', async () => {
    const admin = await administrator();
    const second = await secondAdministrator(admin.businessCode);
    const session = await memberCookie(admin.businessCode, second.userId, second.password);
    const page = await (await getWithCookie(`/member/users/${second.userId}`, admin.cookie)).text();
    expect(buttonRow(page)).toEqual(['戻る', 'パスワード初期化']);
    expect(page).toContain('管理者のパスワード初期化はこちらからできます');
    expect(page).toContain(`<dt>事業者コード</dt><dd>${admin.businessCode}</dd><dt>ユーザID</dt><dd>${second.userId}</dd>`);
    expect(page).not.toContain('ユーザー情報の変更・削除はこちらからできます');
    expect(page).not.toContain(`action="/member/users/${second.userId}"`);

    const reset = await postForm(`/member/users/${second.userId}/password-reset`, { requestId: crypto.randomUUID() }, { cookie: admin.cookie });
    expect(reset.status).toBe(303);
    expect(reset.headers.get('location')).toBe(`/member/users/${second.userId}?reset`);
    const mail = await waitForMail(second.email);
    expect(mail.subject).toContain('パスワード初期化のお知らせ');
    expect((await getWithCookie('/member', session)).status).toBe(303);
    expect((await postForm('/login', { businessCode: admin.businessCode, userId: second.userId, password: second.password })).status).toBe(422);
    const cookie = await memberCookie(admin.businessCode, second.userId, passwordIn(mail.text));
    expect((await getWithCookie('/member', cookie)).headers.get('location')).toBe('/member/password');
    const user = await db.models.User.findOne({ where: { businessCode: admin.businessCode, userId: second.userId } });
    expect([user?.role, user?.adminSlot]).toEqual(['administrator', 2]);
  });

  it('offers no パスワード初期化 on one own page and refuses it, pointing to パスワード変更', async () => {
    const admin = await administrator();
    const page = await (await getWithCookie(`/member/users/${admin.userId}`, admin.cookie)).text();
    expect(page).toContain('管理者の変更をする場合は「会員情報変更」から申請してください');
    expect(page).toContain('<a href="/member/password">パスワード変更</a>');
    expect(page).not.toContain('ユーザー情報の変更・削除はこちらからできます');
    expect(page).not.toContain('パスワード初期化</button>');
    expect(page).not.toContain('password-reset');
    expect(buttonRow(page)).toEqual(['戻る']);

    const refused = await postForm(`/member/users/${admin.userId}/password-reset`, { requestId: crypto.randomUUID() }, { cookie: admin.cookie });
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('ご自身のパスワードは初期化できません。「パスワード変更」から変更してください。');
    expect((await getWithCookie('/member', admin.cookie)).status).toBe(200);
    expect((await postForm('/login', { businessCode: admin.businessCode, userId: admin.userId, password: admin.password })).status).toBe(303);
    expect((await postForm(`/member/users/${admin.userId}/delete`, {}, { cookie: admin.cookie })).status).toBe(404);
  });
});

describe('safety', () => {
  it('renders markup stored in any user or company field as text', async () => {
    const markup = '<img src=x onerror=alert(1)>';
    const admin = await createMemberWithAdmin(db, { companyName: `${markup}電力`, admin: { lastName: markup, firstName: '<script>alert(2)</script>', department: markup, note: markup, lastNameKana: markup, firstNameKana: markup } });
    const cookie = await memberCookie(admin.businessCode, admin.userId, admin.password);
    const tanto = await createPersonInCharge(db, admin.businessCode, { profile: { lastName: markup, firstName: markup, department: markup, note: markup, email: uniqueEmail('x') } });
    for (const path of ['/member', '/member/users', `/member/users/${tanto.userId}`, `/member/users/${admin.userId}`, '/member/profile', `/member/users/${tanto.userId}/delete`]) {
      const html = await (await getWithCookie(path, cookie)).text();
      expect(html, path).not.toContain('<img src=x');
      expect(html, path).not.toContain('<script>alert');
      expect(html, path).toContain('&lt;img src=x onerror=alert(1)&gt;');
    }
  });

  it('refuses state changes from another origin', async () => {
    const admin = await administrator();
    const evil = { origin: 'https://evil.example', cookie: admin.cookie };
    expect((await postForm('/member/users', newUserForm(), evil)).status).toBe(403);
    expect((await postForm('/member/logout', {}, evil)).status).toBe(403);
    expect((await postForm('/login', { businessCode: admin.businessCode, userId: admin.userId, password: admin.password }, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await getWithCookie('/member', admin.cookie)).status).toBe(200);
  });
});
