// What the HTTP app is built from; tests build it with the same real services.
import type { Client } from '@temporalio/client';
import type { Config } from '../config';
import type { Logger } from '../config/logger';
import type { Database } from '../db/database';

export interface AppDeps {
  config: Config;
  db: Database;
  temporal: Client;
  logger: Logger;
}

export interface AppEnv {
  Variables: { log: Logger; requestId: string };
}
