// Regenerates the committed OpenAPI document and the client's types from the API's route schemas.
// With --check it writes nothing and fails when the committed files differ from what the code produces.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const here = (path) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const check = process.argv.includes('--check');

const document = execFileSync(process.execPath, ['--import', 'tsx', 'src/scripts/print-openapi.ts'], {
  cwd: here('../../api'),
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
});
const banner = '// Generated from openapi.json by `pnpm generate`. Do not edit by hand.\n\n';
const types = banner + astToString(await openapiTS(JSON.parse(document), { alphabetize: false }));

const outputs = { 'openapi.json': document, 'src/schema.d.ts': types };
const stale = [];
for (const [path, content] of Object.entries(outputs)) {
  let committed = '';
  try {
    committed = readFileSync(here(path), 'utf8');
  } catch {}
  if (committed === content) continue;
  if (check) stale.push(path);
  else writeFileSync(here(path), content);
}
if (stale.length > 0) {
  console.error(
    `packages/client is out of date with the API: ${stale.join(', ')} differ from what the code produces.\n` +
      'Run `pnpm generate` and commit the result.',
  );
  process.exit(1);
}
console.log(check ? 'OpenAPI document and client types match the code.' : 'Wrote openapi.json and src/schema.d.ts.');
