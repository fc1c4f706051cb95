// freePort chooses below the kernel's ephemeral range, so that a port chosen for a service started
// a moment later cannot meanwhile become the local port of some outgoing connection.
import { readFileSync } from 'node:fs';
import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { assertPortFree, freePort, PortInUseError } from '../../scripts/ports';

const ephemeralStart = Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]);

describe('freePort', () => {
  it('answers distinct free ports below the ephemeral range', async () => {
    const ports = await Promise.all(Array.from({ length: 20 }, () => freePort()));
    for (const port of ports) {
      expect(port).toBeGreaterThanOrEqual(10_000);
      expect(port).toBeLessThan(ephemeralStart);
    }
    expect(new Set(ports).size).toBeGreaterThan(15);
    await expect(assertPortFree(ports[0] as number, 'test', 'TEST_PORT')).resolves.toBeUndefined();
  });

  it('names the service and its variable when a port is taken', async () => {
    const port = await freePort();
    const server = net.createServer().listen(port, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const refusal = assertPortFree(port, 'the web server', 'WEB_PORT');
      await expect(refusal).rejects.toThrow(PortInUseError);
      await expect(refusal).rejects.toThrow(`Port ${port} for the web server is already in use. Stop what uses it or set WEB_PORT to another port.`);
    } finally {
      server.close();
    }
  });
});
