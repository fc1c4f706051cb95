// Access to the run's real services from a test file: configuration, database, Temporal client.
import { Client, Connection } from '@temporalio/client';
import { inject } from 'vitest';
import { loadConfig, type Config } from '../../config';
import { openDatabase, type Database } from '../../db/database';

export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({ ...inject('stackEnv'), ...overrides });
}

export function testDatabase(): Database {
  return openDatabase(inject('stackEnv').DATABASE_URL as string, { poolMax: 4 });
}

export async function testTemporalClient(): Promise<Client> {
  const connection = await Connection.connect({ address: inject('stackEnv').TEMPORAL_ADDRESS as string });
  return new Client({ connection });
}

export function webUrl(pathname = '/'): string {
  return `${inject('stackEnv').PUBLIC_BASE_URL}${pathname}`;
}

/** A unique address per test, so tests can share the inbox. */
export function uniqueEmail(label: string): string {
  return `${label}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}@example.co.jp`;
}
