// 関連資料 of a 加入申請, reached from the applicant's status link (受付番号 + its HMAC): the list,
// the upload, and the applicant's own downloads.
import { Hono, type Context } from 'hono';
import { findAttachment, listAttachments, type AttachmentOwner } from '../../db/repositories/attachments';
import { statusPath } from '../../domain/status-link-token';
import { isUuid } from '../../domain/uuid';
import { ApplicationAttachmentsPage, attachmentsPath } from '../../templates/public/application-attachments';
import { closureOf } from '../../domain/application-status';
import { findByStatusLink } from '../application-lookup';
import { attachmentResponse } from '../attachment-response';
import { attachmentBodyLimit, storeUpload } from '../attachment-upload';
import type { AppDeps, AppEnv } from '../deps';

const UPLOADED = '関連資料を提出しました。';

export function joinAttachmentRoutes({ config, db }: AppDeps) {
  const app = new Hono<AppEnv>();

  /** The application behind a genuine status link, or undefined. */
  async function applicationOf(c: Context<AppEnv>) {
    const found = await findByStatusLink(db, config.appSecret, c.req.param('receiptNumber') ?? '', c.req.query('token') ?? '');
    if (!found) return undefined;
    const { application, receiptNumber } = found;
    const owner: AttachmentOwner = { kind: 'application', id: application.id };
    return { application, receiptNumber, owner, path: statusPath(config.appSecret, receiptNumber) };
  }

  async function page(c: Context<AppEnv>, outcome: { error?: string; done?: string } = {}, status: 200 | 409 | 413 | 422 = 200) {
    const found = await applicationOf(c);
    if (!found) return c.notFound();
    return c.html(
      <ApplicationAttachmentsPage
        receiptNumber={found.receiptNumber}
        companyName={found.application.companyName}
        closed={Boolean(closureOf(found.application))}
        action={attachmentsPath(found.path)}
        backHref={found.path}
        attachments={await listAttachments(db, found.owner)}
        maxBytes={config.attachmentMaxBytes}
        {...outcome}
      />,
      status,
    );
  }

  app.get('/join/status/:receiptNumber/attachments', (c) => page(c, c.req.query('uploaded') !== undefined ? { done: UPLOADED } : {}));

  app.post(
    '/join/status/:receiptNumber/attachments',
    attachmentBodyLimit(config.attachmentMaxBytes, (c, error) => page(c, { error }, 413)),
    async (c) => {
      const found = await applicationOf(c);
      if (!found) return c.notFound();
      // Approved or ended: staff no longer review documents for it.
      if (closureOf(found.application)) return page(c, {}, 409);
      const stored = await storeUpload(c, db, found.owner, config.attachmentMaxBytes);
      if (!stored.ok) return page(c, { error: stored.error }, stored.status);
      return c.redirect(`${attachmentsPath(found.path)}&uploaded`, 303);
    },
  );

  app.get('/join/status/:receiptNumber/attachments/:attachmentId', async (c) => {
    const found = await applicationOf(c);
    const id = c.req.param('attachmentId');
    const attachment = found && isUuid(id) ? await findAttachment(db, found.owner, id) : null;
    return attachment ? attachmentResponse(attachment) : c.notFound();
  });

  return app;
}
