// `npm run bench`: the performance figures on the same embedded stack as the tests, each the
// median of BENCH_RUNS runs (default 3), printed as a table and written to bench/results/.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { measureMemberPages } from './p1-member-pages';
import { measureDecisionLatency } from './p2-decision-latency';
import { measureJoiningThroughput } from './p3-joining-throughput';
import { measureSearchLatency } from './p4-search-latency';
import { measureWorkerMemory } from './p5-worker-memory';
import { startBenchStack } from './stack';

const runs = Number(process.env.BENCH_RUNS ?? 3);
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const memberWorkflows = Number(process.env.BENCH_MEMBER_WORKFLOWS ?? 10_000);
const applicants = Number(process.env.BENCH_APPLICANTS ?? 10);
/** e.g. BENCH_ONLY=P1,P2 to run some figures only (profiling one at a time). */
const only = new Set((process.env.BENCH_ONLY ?? 'P1,P2,P3,P4,P5').split(',').map((id) => id.trim().toUpperCase()));

interface Row {
  id: string;
  figure: string;
  value: string;
  target: string;
  met: boolean;
}

/** Lets the work a figure left behind (mails, member workflows, autovacuum) end before the next. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 10_000));

const bench = await startBenchStack();
const rows: Row[] = [];
const raw: Record<string, unknown> = {};
try {
  if (only.has('P1')) {
    const p1 = await measureMemberPages(bench, runs, seconds);
    raw.p1 = p1;
    rows.push({ id: 'P1', figure: 'floor GET /healthz req/s (p50/p99 ms)', value: `${p1.floor.requestsPerSecond.toFixed(0)} (${p1.floor.p50Ms}/${p1.floor.p99Ms})`, target: '', met: true });
    for (const [name, page] of Object.entries(p1.pages)) {
      rows.push({
        id: 'P1',
        figure: `${name} req/s (p50/p99 ms), ratio to floor`,
        value: `${page.requestsPerSecond.toFixed(0)} (${page.p50Ms}/${page.p99Ms}), ${page.ratio.toFixed(2)}`,
        target: '≥ 0.5',
        met: page.ratio >= 0.5,
      });
    }
  }

  if (only.has('P2')) {
    await settle();
    const p2 = await measureDecisionLatency(bench, Math.max(runs, 20));
    raw.p2 = p2;
    rows.push({
      id: 'P2',
      figure: 'decision → status page ms / raw update ms, ratio',
      value: `${p2.decisionToPageMs.toFixed(1)} / ${p2.floorMs.toFixed(1)}, ${p2.ratio.toFixed(2)}`,
      target: '≤ 3',
      met: p2.ratio <= 3,
    });
  }

  if (only.has('P3')) {
    await settle();
    const p3 = await measureJoiningThroughput(bench, runs, applicants);
    raw.p3 = p3;
    const transitions = p3.stateTransitions;
    rows.push({ id: 'P3', figure: `floor: no-op lifecycles/min making the same state transitions, ${p3.applicants} concurrent, ${p3.lifecyclesPerRun} per run`, value: p3.floorPerMinute.toFixed(0), target: '', met: true });
    rows.push({
      id: 'P3',
      figure: `joining lifecycles/min through HTTP, ratio to floor (each of the ${p3.ratios.length} runs)`,
      value: `${p3.joiningPerMinute.toFixed(0)}, ${p3.ratio.toFixed(2)} (${p3.ratios.map((r) => r.toFixed(2)).join(', ')})`,
      target: '≥ 0.7',
      met: p3.ratio >= 0.7,
    });
    rows.push({ id: 'P3', figure: 'state transitions per lifecycle, floor / joining', value: `${transitions.floor.toFixed(1)} / ${transitions.joining.toFixed(1)}`, target: '', met: true });
    rows.push({
      id: 'P3',
      figure: `no-op lifecycles/min taking the start and four updates alone (${transitions.updatesOnly.toFixed(1)} transitions), joining's ratio to them`,
      value: `${p3.updatesOnlyPerMinute.toFixed(0)}, ${p3.updatesOnlyRatio.toFixed(2)}`,
      target: '',
      met: true,
    });
    rows.push({
      id: 'P3',
      figure: 'CPU ms per lifecycle, floor / start and updates alone / joining (by process in the JSON)',
      value: `${p3.floorCpuMs.toFixed(0)} / ${p3.updatesOnlyCpuMs.toFixed(0)} / ${p3.joiningCpuMs.toFixed(0)}`,
      target: '',
      met: true,
    });
  }

  if (only.has('P4')) {
    await settle();
    const p4 = await measureSearchLatency(bench, Math.max(runs, 31), runs);
    raw.p4 = p4;
    for (const [name, page] of Object.entries(p4.pages)) {
      rows.push({
        id: 'P4',
        figure: `${name} ms at 1,000 / 10,000 members, ratio (each of the ${p4.rounds} rounds)`,
        value: `${page.at1000Ms.toFixed(1)} / ${page.at10000Ms.toFixed(1)}, ${page.ratio.toFixed(2)} (${page.ratios.map((r) => r.toFixed(2)).join(', ')})`,
        target: '≤ 1.3',
        met: page.ratio <= 1.3,
      });
    }
  }
  if (only.has('P5')) {
    const p5 = await measureWorkerMemory(bench, memberWorkflows);
    raw.p5 = p5;
    rows.push({ id: 'P5', figure: `worker RSS with ${p5.workflows} open member workflows`, value: `${p5.rssMb.toFixed(0)} MB`, target: '≤ 1024 MB', met: p5.rssMb <= 1024 });
  }
} finally {
  await bench.stop();
}

const machine = `${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
const date = new Date().toISOString();
console.log(`\nBenchmarks ${date} (${machine}; medians of ${runs} runs, ${seconds} s each)\n`);
console.log('| id | figure | value | target | met |\n|---|---|---|---|---|');
for (const row of rows) console.log(`| ${row.id} | ${row.figure} | ${row.value} | ${row.target} | ${row.target ? (row.met ? 'yes' : 'NO') : ''} |`);
mkdirSync('bench/results', { recursive: true });
const file = `bench/results/${date.replace(/[:.]/g, '-')}.json`;
writeFileSync(file, JSON.stringify({ date, machine, runs, seconds, rows, raw }, null, 2));
console.log(`\nWritten to ${file}`);
process.exit(rows.every((row) => row.met) ? 0 : 1);
