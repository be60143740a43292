import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { createDb } from '../db/client.ts';

/**
 * Prints the OpenAPI document the code produces, as stable, pretty JSON. No request is served, so an
 * empty in-memory database is enough to build the app.
 */
const database = await createDb({ dataDir: 'memory://' });
const app = await buildApp(loadConfig({ NODE_ENV: 'production' }), { db: database.db });
await app.ready();
process.stdout.write(`${JSON.stringify(app.swagger(), null, 2)}\n`);
await app.close();
await database.close();
