// The dev mail inbox fails at once, with maildev's own words, when one of its ports is taken,
// instead of waiting half a minute for a port it will never listen on.
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { startMailInbox } from '../../scripts/mail-inbox';
import { freePort } from '../../scripts/ports';

it('reports maildev ending when its SMTP port is taken', async () => {
  const [smtpPort, webPort] = await Promise.all([freePort(), freePort()]);
  const taken = net.createServer().listen(smtpPort, '127.0.0.1');
  await new Promise((resolve) => taken.once('listening', resolve));
  const mailDir = mkdtempSync(path.join(os.tmpdir(), 'occto-inbox-'));
  const started = Date.now();
  try {
    await expect(startMailInbox({ smtpPort, webPort, mailDir })).rejects.toThrow(/maildev exited/);
    expect(Date.now() - started).toBeLessThan(20_000);
  } finally {
    taken.close();
    rmSync(mailDir, { recursive: true, force: true });
  }
});
