// Fails when the drizzle schema has changes that no committed migration covers: drizzle-kit would
// write a new migration, which this check then removes again and reports.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const api = fileURLToPath(new URL('..', import.meta.url));
const folders = [`${api}src/db/migrations/`, `${api}src/db/migrations/meta/`];
const before = folders.map((folder) => new Set(readdirSync(folder)));
execFileSync('node_modules/.bin/drizzle-kit', ['generate', '--name', 'uncommitted_schema_change'], {
  cwd: api,
  stdio: 'pipe',
});
const added = folders.flatMap((folder, i) =>
  readdirSync(folder)
    .filter((file) => !before[i]?.has(file))
    .map((file) => folder + file),
);
if (added.length > 0) {
  // Leave the tree as it was: the new files go, and the journal drizzle-kit extended is restored.
  for (const file of added) rmSync(file);
  execFileSync('git', ['checkout', '--', 'src/db/migrations/meta/_journal.json'], { cwd: api });
  console.error(
    'The drizzle schema has changes without a migration: run `pnpm --filter @valfardsnavet/api db:generate` and commit it.',
  );
  process.exit(1);
}

// Functions and triggers in force are defined in src/db/functions, and no migration defines them.
// Immutable functions (stored in generated columns and indexes) are schema and may come with a migration.
const redefining = readdirSync(folders[0])
  .filter((file) => file.endsWith('.sql'))
  .filter((file) =>
    readFileSync(folders[0] + file, 'utf8')
      .split('--> statement-breakpoint')
      .some(
        (statement) =>
          /\bCREATE\s+(OR\s+REPLACE\s+)?(TRIGGER|AGGREGATE)\b/i.test(statement) ||
          (/\bCREATE\s+(OR\s+REPLACE\s+)?FUNCTION\b/i.test(statement) && !/\bIMMUTABLE\b/i.test(statement)),
      ),
  );
if (redefining.length > 0) {
  console.error(
    `${redefining.join(', ')} define functions or triggers: they belong in src/db/functions (see src/db/functions.ts).`,
  );
  process.exit(1);
}
console.log('Migrations cover the schema.');
