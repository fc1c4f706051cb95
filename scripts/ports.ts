// Port helpers: a free port for test runs, and a clear message when a configured port is taken.
import { readFileSync } from 'node:fs';
import net from 'node:net';

/** The first port Linux hands out to outgoing connections and to listen(0); a guess elsewhere. */
function ephemeralRangeStart(): number {
  try {
    const start = Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]);
    return Number.isInteger(start) && start > 0 ? start : 49_152;
  } catch {
    return 49_152;
  }
}

function listensOn(port: number): Promise<number | undefined> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.unref();
    server.once('error', () => resolve(undefined));
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : undefined));
    });
  });
}

const LOWEST_CHOSEN_PORT = 10_000;

/**
 * A port free now, for a service that a test run starts a moment later (and may stop and start
 * again). Chosen below the kernel's ephemeral range: a port from that range can meanwhile become
 * the local port of any outgoing connection or of another listen(0), and the service then fails
 * to bind it. Falls back to the kernel's choice when there is no room below the range.
 */
export async function freePort(): Promise<number> {
  const highest = ephemeralRangeStart() - 1;
  for (let attempt = 0; highest - LOWEST_CHOSEN_PORT > 1_000 && attempt < 50; attempt++) {
    const port = await listensOn(LOWEST_CHOSEN_PORT + Math.floor(Math.random() * (highest - LOWEST_CHOSEN_PORT + 1)));
    if (port !== undefined) return port;
  }
  const port = await listensOn(0);
  if (port === undefined) throw new Error('no free port');
  return port;
}

export class PortInUseError extends Error {}

/** Fails with a message naming the service and the variable that moves it. */
export async function assertPortFree(port: number, service: string, variable: string): Promise<void> {
  if ((await listensOn(port)) === undefined) {
    throw new PortInUseError(`Port ${port} for ${service} is already in use. Stop what uses it or set ${variable} to another port.`);
  }
}

/** Whether something accepts TCP connections on the port now. */
export function isListening(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, host);
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('error', () => resolve(false));
  });
}

/** Resolves once something accepts TCP connections on the port, or rejects after the timeout. */
export async function waitForPort(port: number, timeoutMs: number, host = '127.0.0.1'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await isListening(port, host)) return;
    if (Date.now() > deadline) throw new Error(`Nothing listened on ${host}:${port} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
