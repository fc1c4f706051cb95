// The README's quick start, `npm start`, on a fresh data directory and free ports: every service
// comes up with its URL printed and answers; Ctrl-C (SIGINT to the process group, as a terminal
// sends it) stops them all in order, says so, and leaves nothing listening. (npm itself ends by
// the signal, as it does in a terminal; what counts is the script's own orderly stop.)
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, isListening } from '../../scripts/ports';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'occto-quick-start-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('npm start', () => {
  it('starts every service on a fresh data directory and stops them all at Ctrl-C', async () => {
    const [web, temporal, temporalUi, postgres, smtp, inbox] = await Promise.all([freePort(), freePort(), freePort(), freePort(), freePort(), freePort()]);
    const ports = { WEB_PORT: web, TEMPORAL_PORT: temporal, TEMPORAL_UI_PORT: temporalUi, EMBEDDED_PG_PORT: postgres, MAIL_INBOX_SMTP_PORT: smtp, MAIL_INBOX_WEB_PORT: inbox };
    const base = `http://127.0.0.1:${web}`;
    // Only what a fresh shell has, so no address of the test stack leaks in.
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, DATA_DIR: dataDir, PUBLIC_BASE_URL: base, LOG_LEVEL: 'warn' };
    if (process.env.TEMPORAL_CLI) env.TEMPORAL_CLI = process.env.TEMPORAL_CLI;
    for (const [name, port] of Object.entries(ports)) env[name] = String(port);

    // Exactly the README's command: npm, its shell and tsx's CLI in front of the script, all in one
    // process group like a terminal's.
    const child = spawn('npm', ['start'], { cwd: ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    // Closed once every process of the group that writes to it (npm, tsx, the script) has ended.
    const closed = new Promise<void>((resolve) => child.stdout.once('close', () => resolve()));

    try {
      await startedAndStopped();
    } finally {
      // Whatever failed above, nothing of this run may outlive the test.
      if (child.stdout.readable) process.kill(-(child.pid as number), 'SIGKILL');
    }

    async function startedAndStopped(): Promise<void> {
      const deadline = Date.now() + 120_000;
      while (!output.includes('is ready in') && child.exitCode === null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
      expect(output).toContain('is ready in');
      for (const url of [`${base}/`, `${base}/staff`, `http://localhost:${temporalUi}`, `http://localhost:${inbox}`]) expect(output).toContain(url);

      const top = await fetch(`${base}/`);
      expect(top.status).toBe(200);
      expect(await top.text()).toContain('<h1>ログイン</h1>');
      // As a browser asks for them (maildev answers its page only to a request for HTML).
      for (const url of [`${base}/readyz`, `http://127.0.0.1:${temporalUi}/`, `http://127.0.0.1:${inbox}/`]) {
        expect((await fetch(url, { headers: { accept: 'text/html' } })).status, url).toBe(200);
      }

      process.kill(-(child.pid as number), 'SIGINT');
      await closed;
      expect(output).toContain('Stopped. Data is kept in');
      for (const port of Object.values(ports)) expect(await isListening(port), `port ${port}`).toBe(false);
    }
  }, 180_000);
});
