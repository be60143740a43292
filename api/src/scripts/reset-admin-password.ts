import { systemActor } from '../access/principal.ts';
import { type Config, runWithConfig } from '../config.ts';
import { createDb } from '../db/client.ts';
import { prepareDatabase } from '../db/setup.ts';
import { createUserService } from '../modules/users/service.ts';

/**
 * `pnpm --filter @valfardsnavet/api admin:reset-password [email]`: gives an admin (the oldest one, or
 * the user with that email) a new generated password, printed once, to be changed at the next sign-in.
 * All of that user's sessions end. For someone who lost the password the first start printed.
 */
async function main(config: Config) {
  if (!config.databaseUrl && (await apiAnswers(config.port))) {
    // The embedded database belongs to one process at a time; opening it beside the API would damage it.
    console.error(
      `The API is running on port ${config.port} with the embedded database. Stop it (Ctrl-C where npm start runs), ` +
        'then run this again.',
    );
    process.exit(1);
  }
  const email = process.argv[2];
  const database = await createDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, maxConnections: 1 });
  try {
    await prepareDatabase(database);
    const issued = await createUserService({ db: database.db }).issuePassword(
      systemActor('admin:reset-password'),
      email,
    );
    if (!issued) {
      console.error(
        email ? `No user has the email ${email}.` : 'No active admin exists; start the API once to create one.',
      );
      process.exitCode = 1;
      return;
    }
    console.log(
      `\nNew password for ${issued.user.email}:\n\n    ${issued.password}\n\n` +
        'It is shown this once; choose your own after signing in. Every session of this user has ended.\n',
    );
  } finally {
    await database.close();
  }
}

/** Whether something answers the API's health check on this machine's port. */
async function apiAnswers(port: number): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/health/live`, { signal: AbortSignal.timeout(1000) });
    return response.status < 500;
  } catch {
    return false;
  }
}

runWithConfig(main);
