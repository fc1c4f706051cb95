// A worker of a test's own that sends through a mail inbox of its own, for tests that stop the
// mail server (`inbox.stop()`, `inbox.start()`) while the run's shared inbox stays up.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { activityDepsFromConfig } from '../../activities/deps';
import { installSdkLogger } from '../../activities/sdk-logger';
import type { Config } from '../../config';
import { createLogger } from '../../config/logger';
import type { Database } from '../../db/database';
import { startMailInbox, type RunningMailInbox } from '../../scripts/mail-inbox';
import { freePort } from '../../scripts/ports';
import { startOwnWorker, type OwnWorker } from './own-worker';

export interface OwnMailWorker extends OwnWorker {
  inbox: RunningMailInbox;
  /** The mails in the own inbox to `address`. */
  mailsTo(address: string): Promise<{ subject: string }[]>;
}

export async function startOwnMailWorker(config: Config, db: Database, label: string): Promise<OwnMailWorker> {
  // Mail failures against the stopped server are expected: keep them out of the output.
  installSdkLogger(createLogger({ logLevel: 'silent' }, `${label}-worker`));
  const dir = mkdtempSync(path.join(os.tmpdir(), `occto-${label}-`));
  chmodSync(dir, 0o755);
  const inbox = await startMailInbox({ smtpPort: await freePort(), webPort: await freePort(), mailDir: dir });
  const own = await startOwnWorker(config, activityDepsFromConfig({ ...config, smtp: { ...config.smtp, port: inbox.smtpPort } }, db, '127.0.0.1'), label);
  return {
    ...own,
    inbox,
    async mailsTo(address) {
      const mails = (await (await fetch(`${inbox.webUrl}/api/email`)).json()) as { subject: string; to: { address: string }[] }[];
      return mails.filter((mail) => mail.to.some((to) => to.address === address));
    },
    async stop() {
      await own.stop();
      await inbox.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
