// No Docker engine runs here, so the deployment file is checked by reading it: each app service's
// environment is exactly what the configuration module reads, and it loads without error.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CONFIG_VARIABLES, loadConfig } from '../../config';
import { requireRuntimeAddresses } from '../../config/runtime';
import { ALL_SEARCH_ATTRIBUTES } from '../../workflows/search-attributes';

interface ComposeService {
  environment?: Record<string, string>;
  command?: string[];
  build?: string;
  depends_on?: Record<string, { condition: string }>;
}
const compose = parse(readFileSync('docker-compose.yml', 'utf8'), { merge: true }) as { services: Record<string, ComposeService> };
const APP_SERVICES = ['migrate', 'worker', 'web'];

/** Resolves `${NAME:-default}` and `${NAME:?message}` as docker compose would with NAME unset. */
function interpolate(value: string): string {
  return String(value).replace(/\$\{(\w+)(?::-([^}]*)|:\?[^}]*)?\}/g, (_, name: string, fallback?: string) =>
    fallback ?? (name === 'APP_SECRET' ? 'a-deployment-secret-of-at-least-32-chars' : ''),
  );
}

describe('docker-compose.yml', () => {
  it('has the services of a real deployment', () => {
    expect(Object.keys(compose.services).sort()).toEqual(
      ['mail', 'migrate', 'postgresql', 'temporal', 'temporal-namespace', 'temporal-schema', 'temporal-ui', 'web', 'worker'].sort(),
    );
  });

  it.each(APP_SERVICES)('gives %s only variables the configuration reads, and all it needs', (name) => {
    const environment = compose.services[name]?.environment ?? {};
    for (const key of Object.keys(environment)) expect(CONFIG_VARIABLES).toContain(key);
    const env = Object.fromEntries(Object.entries(environment).map(([k, v]) => [k, interpolate(v)]));
    const config = loadConfig(env);
    expect(requireRuntimeAddresses(config)).toEqual({
      databaseUrl: 'postgres://occto:occto@postgresql:5432/occto_member',
      temporalAddress: 'temporal:7233',
      smtpHost: 'mail',
    });
    expect(config.web.host).toBe('0.0.0.0');
  });

  it('points the app at the services it defines', () => {
    const postgres = compose.services.postgresql?.environment ?? {};
    expect(postgres.POSTGRES_DB).toBe('occto_member');
    expect(postgres.POSTGRES_USER).toBe('occto');
    expect(compose.services.web?.command).toEqual(['npm', 'run', 'web']);
    expect(compose.services.worker?.command).toEqual(['npm', 'run', 'worker']);
    expect(compose.services.web?.depends_on?.migrate?.condition).toBe('service_completed_successfully');
  });

  it('registers every search attribute the workflows use', () => {
    const script = readFileSync('deploy/temporal-namespace.sh', 'utf8');
    const registered = /for attribute in ([\w ]+); do/.exec(script)?.[1]?.split(' ') ?? [];
    expect(registered.sort()).toEqual(ALL_SEARCH_ATTRIBUTES.map((key) => key.name).sort());
  });
});
