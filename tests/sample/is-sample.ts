// The tests in tests/sample/ are about the bundled MyGov sample in content/ (its story, its figures), not the engine.
// An adopter who replaces content/ with their own handbook keeps a passing `npm test`: these are then skipped (and say
// so), while the engine's tests build their fixture handbooks and tests/browser/sample.test.ts checks any content.
import fs from 'node:fs';
import path from 'node:path';

const site = path.join(import.meta.dirname, '..', '..', 'content', 'site.yaml');

/** Whether content/ still holds the bundled MyGov sample (its site.yaml names MyGov). */
export const IS_SAMPLE = fs.existsSync(site) && /^title: MyGov/m.test(fs.readFileSync(site, 'utf8'));

if (!IS_SAMPLE) console.log('tests/sample: content/ is not the bundled MyGov sample, so the sample tests are skipped');
