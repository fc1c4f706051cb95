// 関連資料 of a member's own request (会員情報変更 / 承継 / 脱退): list, upload, download. Behind
// requireMember; a request of another member is not found.
import { Hono, type Context } from 'hono';
import { findAttachment, listAttachments } from '../../../db/repositories/attachments';
import { isUuid } from '../../../domain/uuid';
import { ChangeAttachmentsPage } from '../../../templates/member/changes/change-attachments';
import { attachmentResponse } from '../../attachment-response';
import { attachmentBodyLimit, storeUpload } from '../../attachment-upload';
import type { AppDeps, AppEnv } from '../../deps';

const UPLOADED = '関連資料を提出しました。';

export function changeAttachmentRoutes({ config, db }: AppDeps) {
  const app = new Hono<AppEnv>();

  async function requestOf(c: Context<AppEnv>) {
    const id = c.req.param('id');
    if (!isUuid(id)) return null;
    return db.models.ChangeRequest.findOne({ where: { id, businessCode: c.get('member').member.businessCode } });
  }

  async function page(c: Context<AppEnv>, outcome: { error?: string; done?: string } = {}, status: 200 | 409 | 413 | 422 = 200) {
    const request = await requestOf(c);
    if (!request) return c.notFound();
    const action = `/member/changes/${request.id}/attachments`;
    const attachments = await listAttachments(db, { kind: 'change_request', id: request.id });
    return c.html(
      <ChangeAttachmentsPage auth={c.get('member')} request={request} action={action} backHref={`/member/changes/${request.id}`} attachments={attachments} maxBytes={config.attachmentMaxBytes} {...outcome} />,
      status,
    );
  }

  app.get('/member/changes/:id/attachments', (c) => page(c, c.req.query('uploaded') !== undefined ? { done: UPLOADED } : {}));

  app.post(
    '/member/changes/:id/attachments',
    attachmentBodyLimit(config.attachmentMaxBytes, (c, error) => page(c, { error }, 413)),
    async (c) => {
      const request = await requestOf(c);
      if (!request) return c.notFound();
      const stored = await storeUpload(c, db, { kind: 'change_request', id: request.id }, config.attachmentMaxBytes);
      if (!stored.ok) return page(c, { error: stored.error }, stored.status);
      return c.redirect(`/member/changes/${request.id}/attachments?uploaded`, 303);
    },
  );

  app.get('/member/changes/:id/attachments/:attachmentId', async (c) => {
    const request = await requestOf(c);
    const attachmentId = c.req.param('attachmentId');
    const attachment = request && isUuid(attachmentId) ? await findAttachment(db, { kind: 'change_request', id: request.id }, attachmentId) : null;
    return attachment ? attachmentResponse(attachment) : c.notFound();
  });

  return app;
}
