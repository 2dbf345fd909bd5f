// Writes the JSON Schema editors use for release files, generated from the zod schema: `npx tsx scripts/schemas.ts`.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { releaseJsonSchemaText } from '../src/lib/releases/json-schema';
import { RELEASE_SCHEMA_FILE } from '../src/lib/releases/paths';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
writeFileSync(join(root, RELEASE_SCHEMA_FILE), releaseJsonSchemaText());
console.log(`wrote ${RELEASE_SCHEMA_FILE}`);
