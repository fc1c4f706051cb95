// Staff: the 関連資料 of a 加入申請 or of a member's request, listed and downloaded (behind the
// staff login). A file is only found under the record it belongs to.
import { Hono } from 'hono';
import type { AttachmentOwnerKind } from '../../../db/models/attachment';
import { findAttachment, listAttachments } from '../../../db/repositories/attachments';
import { CHANGE_REQUEST_KINDS } from '../../../domain/change-request';
import { isUuid } from '../../../domain/uuid';
import { StaffAttachmentsPage } from '../../../templates/staff/attachments';
import { attachmentResponse } from '../../attachment-response';
import type { AppDeps, AppEnv } from '../../deps';

export function staffAttachmentRoutes({ db }: AppDeps) {
  const app = new Hono<AppEnv>();

  /** What the files belong to, described for the page; null when there is no such record. */
  const owners: Record<string, { kind: AttachmentOwnerKind; describe: (id: string) => Promise<string | null> }> = {
    applications: {
      kind: 'application',
      describe: async (id) => {
        const application = await db.models.MembershipApplication.findByPk(id);
        return application ? `${application.companyName} の加入申請` : null;
      },
    },
    changes: {
      kind: 'change_request',
      describe: async (id) => {
        const request = await db.models.ChangeRequest.findByPk(id);
        return request ? `事業者コード ${request.businessCode} の${CHANGE_REQUEST_KINDS[request.kind]}` : null;
      },
    },
  };

  app.get('/staff/:area{applications|changes}/:id/attachments', async (c) => {
    const { area, id } = c.req.param();
    const owner = owners[area];
    const subject = owner && isUuid(id) ? await owner.describe(id) : null;
    if (!owner || !subject) return c.notFound();
    const attachments = await listAttachments(db, { kind: owner.kind, id });
    return c.html(<StaffAttachmentsPage auth={c.get('staff')} base={`/staff/${area}/${id}`} subject={subject} attachments={attachments} />);
  });

  app.get('/staff/:area{applications|changes}/:id/attachments/:attachmentId', async (c) => {
    const { area, id, attachmentId } = c.req.param();
    const owner = owners[area];
    const attachment = owner && isUuid(id) && isUuid(attachmentId) ? await findAttachment(db, { kind: owner.kind, id }, attachmentId) : null;
    return attachment ? attachmentResponse(attachment) : c.notFound();
  });

  return app;
}
