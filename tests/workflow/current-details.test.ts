// What operators read in the Temporal Web UI's "current details" of a joining workflow and of the
// member's workflow it starts: kept up with each step, on the real dev server and worker.
import type { Client, WorkflowHandle } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memberWorkflowId } from '../../workflows/member';
import { approveApplicationUpdate, issueBusinessCodeUpdate, submitFinalApplicationUpdate, submitProvisionalApplicationUpdate } from '../../workflows/messages';
import { uniqueBusinessCode } from '../support/business-codes';
import { sampleApplication, startApplication } from '../support/joining';
import { waitForMail } from '../support/mail-inbox';
import { testTemporalClient, uniqueEmail } from '../support/stack';

let client: Client;
beforeAll(async () => {
  client = await testTemporalClient();
});
afterAll(() => client.connection.close());

/** The details the Web UI asks each workflow for (the SDK's built-in metadata query). */
async function currentDetails(handle: WorkflowHandle): Promise<string> {
  return (await handle.query<{ currentDetails?: string }>('__temporal_workflow_metadata')).currentDetails ?? '';
}

/** The details once `ready` holds of them (the workflow takes the mail's completion soon after it arrives). */
async function detailsOnceThey(handle: WorkflowHandle, ready: (details: string) => boolean): Promise<string> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const details = await currentDetails(handle);
    if (ready(details) || Date.now() > deadline) return details;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('current details for operators', () => {
  it('say where an application stands at each step, and what the member is once admitted', async () => {
    const contact = uniqueEmail('details-contact');
    const { handle } = await startApplication(client, contact);
    // The link's deadline runs from when its mail has gone.
    await waitForMail(contact);
    const atStart = await detailsOnceThey(handle, (details) => details.includes('期限'));
    expect(atStart).toMatch(/^\*\*加入申請 広域電力株式会社\*\*\n\n- 状況: リンク送信済み\n- 期限: \d{4}-\d{2}-\d{2} \d{2}:\d{2}（日本時間）$/);

    const data = sampleApplication(uniqueEmail('details-admin1'));
    const { receiptNumber } = await handle.executeUpdate(submitProvisionalApplicationUpdate, { args: [data] });
    const provisional = await currentDetails(handle);
    expect(provisional).toContain(`**加入申請 ${data.company.companyName}**`);
    expect(provisional).toContain('- 状況: 仮申請済み（事業者コード発行待ち）');
    expect(provisional).toContain(`- 受付番号: ${receiptNumber}`);
    expect(provisional).toContain('- 期限: ');

    const code = uniqueBusinessCode();
    await handle.executeUpdate(issueBusinessCodeUpdate, { args: [{ businessCode: code, staff: 'staff01' }] });
    expect(await currentDetails(handle)).toContain(`- 状況: 事業者コード発行済み（本申請待ち）\n- 受付番号: ${receiptNumber}\n- 事業者コード: ${code}\n- 期限: `);

    await handle.executeUpdate(submitFinalApplicationUpdate, { args: [{ businessCode: code, data }] });
    const review = await currentDetails(handle);
    expect(review).toContain('- 状況: 本申請済み（審査中）');
    // Review waits for staff without a deadline.
    expect(review).not.toContain('期限');

    await handle.executeUpdate(approveApplicationUpdate, { args: [{ staff: 'staff02' }] });
    await handle.result();
    expect(await currentDetails(client.workflow.getHandle(memberWorkflowId(code)))).toBe(
      `**会員 ${data.company.companyName}**\n\n- 事業者コード: ${code}\n- 状態: 会員`,
    );
  });
});
