// `npm run migrate`: applies pending migrations to DATABASE_URL.
import { loadConfig } from '../config';
import { openDatabase } from './database';
import { migrate } from './migrate';

const config = loadConfig();
if (!config.database.url) {
  console.error('DATABASE_URL is not set.');
  process.exit(1);
}
const db = openDatabase(config.database.url, { poolMax: 1 });
const applied = await migrate(db.sequelize);
console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'No pending migrations.');
await db.close();
