// `npm run staff:create -- <loginId> <name> <email>`: a staff account for the staff console. The
// initial password is printed once (it is stored only as an argon2id hash) and must be changed at
// the first login. Uses DATABASE_URL, or the embedded PostgreSQL of `npm start`.
import { ConfigError, loadConfig } from '../config';
import { openDatabase } from '../db/database';
import { migrate } from '../db/migrate';
import { createStaffUser, STAFF_LOGIN_ID, StaffLoginIdTakenError } from '../db/repositories/staff-users';
import { emailAddress } from '../domain/forms/text';
import { generatePassword } from '../domain/password-generator';

const USAGE = 'usage: npm run staff:create -- <loginId> <name> <email>';

async function main(): Promise<number> {
  const [loginId, name, rawEmail] = process.argv.slice(2);
  if (!loginId || !name || !rawEmail) {
    console.error(USAGE);
    return 2;
  }
  if (!STAFF_LOGIN_ID.test(loginId)) {
    console.error('loginId: 3–32 half-width letters, digits, ".", "_" or "-"');
    return 2;
  }
  const email = emailAddress().safeParse(rawEmail);
  if (!email.success) {
    console.error(`email: ${email.error.issues[0]?.message ?? 'invalid'}`);
    return 2;
  }
  const config = loadConfig({ APP_SECRET: 'x'.repeat(32), ...process.env });
  const url = config.database.url ?? `postgres://postgres:postgres@127.0.0.1:${config.database.embeddedPort}/occto_member`;
  const db = openDatabase(url, { poolMax: 1 });
  try {
    await migrate(db.sequelize);
    const password = generatePassword(config.auth.passwordPolicy);
    await createStaffUser(db, { loginId, name, email: email.data }, password, true);
    console.log(`Staff account "${loginId}" created. Initial password (shown once, change it at first login):\n\n  ${password}\n`);
    return 0;
  } catch (error) {
    if (error instanceof StaffLoginIdTakenError) {
      console.error(`A staff account "${loginId}" already exists.`);
      return 1;
    }
    throw error;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(1);
  },
);
