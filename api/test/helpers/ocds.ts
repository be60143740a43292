import { readFileSync } from 'node:fs';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';

/** The OCDS 1.1.5 release-package schema, compiled offline: the release schema is registered under its id. */
export function ocdsValidator() {
  const fixture = (name: string) =>
    JSON.parse(readFileSync(new URL(`../fixtures/ocds/${name}`, import.meta.url), 'utf8'));
  // Both are CommonJS modules with their export on `default`.
  const ajv = new ajvDraft04.default({ allErrors: true, strict: false });
  ajvFormats.default(ajv);
  ajv.addSchema(fixture('release-schema.json'));
  return ajv.compile(fixture('release-package-schema.json'));
}
