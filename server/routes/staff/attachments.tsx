// Staff: the 関連資料 an applicant submitted, listed and downloaded (behind the staff login).
import { Hono } from 'hono';
import { findAttachment, listAttachments } from '../../../db/repositories/attachments';
import { isUuid } from '../../../domain/uuid';
import { StaffAttachmentsPage } from '../../../templates/staff/attachments';
import { attachmentResponse } from '../../attachment-response';
import type { AppDeps, AppEnv } from '../../deps';

export function staffAttachmentRoutes({ db }: AppDeps) {
  const app = new Hono<AppEnv>();

  app.get('/staff/applications/:id/attachments', async (c) => {
    const id = c.req.param('id');
    const application = isUuid(id) ? await db.models.MembershipApplication.findByPk(id) : null;
    if (!application) return c.notFound();
    const attachments = await listAttachments(db, { kind: 'application', id });
    return c.html(<StaffAttachmentsPage auth={c.get('staff')} applicationId={id} companyName={application.companyName} attachments={attachments} />);
  });

  app.get('/staff/applications/:id/attachments/:attachmentId', async (c) => {
    const { id, attachmentId } = c.req.param();
    const attachment = isUuid(id) && isUuid(attachmentId) ? await findAttachment(db, { kind: 'application', id }, attachmentId) : null;
    return attachment ? attachmentResponse(attachment) : c.notFound();
  });

  return app;
}
