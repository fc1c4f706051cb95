// A complete application (company + 管理者) for the joining tests, as data and as form fields,
// and a way to start an application's workflow directly.
import type { Client } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import type { ApplicationData } from '../../domain/application-data';
import { membershipApplication, membershipApplicationWorkflowId, type MembershipApplicationInput } from '../../workflows/membership-application';
import { submitProvisionalApplicationUpdate } from '../../workflows/messages';
import { waitForMail } from './mail-inbox';
import { testConfig, uniqueEmail } from './stack';

export function sampleApplication(admin1Email: string, admin2Email?: string): ApplicationData {
  return {
    company: {
      corporateNumber: '7123456789012',
      businessTypes: ['小売電気', '発電'],
      companyName: '広域電力株式会社',
      companyNameKana: 'ｺｳｲｷﾃﾞﾝﾘｮｸｶﾌﾞｼｷｶﾞｲｼｬ',
      phone: '03-1234-5678',
      representativeLastName: '広域',
      representativeFirstName: '一郎',
      representativeLastNameKana: 'ｺｳｲｷ',
      representativeFirstNameKana: 'ｲﾁﾛｳ',
      representativeTitle: '代表取締役',
      postalCode: '1350061',
      address1: '東京都江東区豊洲６－２－１５',
      address2: '豊洲ビル',
      address1Kana: 'ﾄｳｷｮｳﾄ ｺｳﾄｳｸ ﾄﾖｽ 6-2-15',
      address2Kana: 'ﾄﾖｽﾋﾞﾙ',
      capitalRelationship: '広域ホールディングス',
    },
    administrator1: {
      userId: 'abc001',
      duties: ['総会', '会費'],
      department: '総務部　課長',
      lastName: '田中',
      firstName: '一郎',
      lastNameKana: 'ﾀﾅｶ',
      firstNameKana: 'ｲﾁﾛｳ',
      email: admin1Email,
      phone: '03-3333-1234',
      note: '',
    },
    administrator2: admin2Email
      ? {
          userId: 'abc002',
          duties: ['セキュリティ'],
          department: '情報システム部　主任',
          lastName: '山本',
          firstName: '浩紀',
          lastNameKana: 'ﾔﾏﾓﾄ',
          firstNameKana: 'ﾋﾛｷ',
          email: admin2Email,
          phone: '03-3333-5678',
          note: '特になし',
        }
      : null,
  };
}

/** The application as a form posts it (check boxes repeat their name). */
export function applicationFormEntries(data: ApplicationData): [string, string][] {
  const entries: [string, string][] = [];
  for (const [name, value] of Object.entries(data.company)) {
    if (Array.isArray(value)) for (const item of value) entries.push([name, item]);
    else entries.push([name, value]);
  }
  for (const [slot, administrator] of [['admin1', data.administrator1], ['admin2', data.administrator2]] as const) {
    if (!administrator) continue;
    for (const [name, value] of Object.entries(administrator)) {
      if (Array.isArray(value)) for (const item of value) entries.push([`${slot}.${name}`, item]);
      else entries.push([`${slot}.${name}`, value]);
    }
    entries.push([`${slot}.emailConfirmation`, administrator.email]);
  }
  return entries;
}

/** The id a joining form was shown with (a double submission of it makes one step). */
export const submissionIdOf = (html: string) => /name="submissionId" value="([0-9a-f-]{36})"/.exec(html)?.[1] ?? '';

export async function startApplication(client: Client, email: string, waits: Partial<MembershipApplicationInput> = {}) {
  const config = testConfig();
  const applicationId = randomUUID();
  const handle = await client.workflow.start(membershipApplication, {
    taskQueue: config.temporal.taskQueue,
    workflowId: membershipApplicationWorkflowId(applicationId),
    args: [{ applicationId, companyName: '広域電力株式会社', contactName: '広域 太郎', email, linkExpiryMs: 3_600_000, ...waits }],
  });
  return { handle, applicationId };
}

/** An application with 仮申請 done (its link mail received first), waiting for its code. */
export async function provisionallyApplied(client: Client, label: string, waits: Partial<MembershipApplicationInput> = {}) {
  const contact = uniqueEmail(`${label}-contact`);
  const admin1 = uniqueEmail(`${label}-admin1`);
  const started = await startApplication(client, contact, waits);
  await waitForMail(contact);
  const data = sampleApplication(admin1);
  const { receiptNumber } = await started.handle.executeUpdate(submitProvisionalApplicationUpdate, { args: [data] });
  return { ...started, admin1, data, receiptNumber };
}
