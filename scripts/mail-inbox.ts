// The development mail inbox: maildev, a real SMTP server with a web inbox and a REST API.
// It runs as a child process so that fault tests can stop and start it like a real mail server.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { stopChild } from './temporal-dev-server';
import { waitForPort } from './ports';

export interface MailInboxOptions {
  smtpPort: number;
  webPort: number;
  /** Where received mails are kept across restarts. */
  mailDir: string;
  log?: (line: string) => void;
}

export interface RunningMailInbox {
  smtpPort: number;
  webUrl: string;
  stop(): Promise<void>;
  start(): Promise<void>;
}

function maildevBin(): string {
  // maildev's exports hide its CLI from resolution: look for it in the node_modules folders.
  const searched = createRequire(import.meta.url).resolve.paths('maildev') ?? [];
  const bin = searched.map((dir) => path.join(dir, 'maildev', 'dist', 'bin', 'maildev.js')).find((file) => existsSync(file));
  if (!bin) throw new Error('maildev is not installed: run npm ci.');
  return bin;
}

export async function startMailInbox(options: MailInboxOptions): Promise<RunningMailInbox> {
  let child: ChildProcess | undefined;
  const start = async () => {
    child = spawn(
      process.execPath,
      [maildevBin(), '--smtp', String(options.smtpPort), '--ip', '127.0.0.1', '--web', String(options.webPort),
        '--web-ip', '127.0.0.1', '--mail-directory', options.mailDir, '--silent'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const output: string[] = [];
    const collect = (chunk: Buffer) => {
      output.push(chunk.toString());
      options.log?.(chunk.toString().trimEnd());
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    // A port taken meanwhile ends maildev at once: say so, rather than wait for the port.
    const exited = new Promise<never>((_, reject) => child?.once('exit', (code) => reject(new Error(`maildev exited (${code}):\n${output.join('')}`))));
    await Promise.race([Promise.all([waitForPort(options.smtpPort, 30_000), waitForPort(options.webPort, 30_000)]), exited]);
  };
  await start();
  return {
    smtpPort: options.smtpPort,
    webUrl: `http://127.0.0.1:${options.webPort}`,
    start,
    stop: async () => {
      if (child) await stopChild(child);
    },
  };
}
