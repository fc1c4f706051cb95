// CPU time used by the benchmark stack's processes, read from Linux's /proc: where a figure's
// time goes (P3). Processes are told apart by their command lines, so the benchmark should run
// alone on the machine; elsewhere than Linux there is no /proc and nothing is counted.
import { readdirSync, readFileSync } from 'node:fs';

/** USER_HZ, the unit of /proc's CPU times: 100 on every Linux architecture Node runs on. */
const TICKS_PER_SECOND = 100;

const ROLES: [role: string, matches: (commandLine: string, pid: number) => boolean][] = [
  ['Temporal server', (command) => command.includes('start-dev')],
  ['worker', (command) => command.includes('worker-main')],
  ['web', (command) => command.includes('server/main')],
  ['mail inbox', (command) => command.includes('maildev')],
  ['PostgreSQL', (command) => command.startsWith('postgres') || command.includes('/bin/postgres\0')],
  ['benchmark', (_command, pid) => pid === process.pid],
];

export type CpuByRole = Record<string, number>;

/** Milliseconds of CPU (user and system) each role's running processes have used so far. */
export function cpuByRole(): CpuByRole {
  const used: CpuByRole = {};
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return used;
  }
  for (const pid of pids) {
    try {
      const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      const role = ROLES.find(([, matches]) => matches(command, Number(pid)))?.[0];
      if (!role) continue;
      // After the command's closing parenthesis: utime and stime are the 12th and 13th fields.
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      used[role] = (used[role] ?? 0) + ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return used;
}

/** CPU each role used since `before`, divided by `count` (per lifecycle, per request …). */
export function cpuSpentSince(before: CpuByRole, count: number): CpuByRole {
  const now = cpuByRole();
  return Object.fromEntries(ROLES.map(([role]) => [role, Math.max(0, (now[role] ?? 0) - (before[role] ?? 0)) / count]));
}

export const totalCpu = (used: CpuByRole): number => Object.values(used).reduce((sum, ms) => sum + ms, 0);
