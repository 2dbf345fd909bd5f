// The engine names no organisation: everything that names one comes from the content directory's site.yaml, so no
// code line in src/ or scripts/ (tests included) names the bundled sample's organisation; comments may, as examples.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { REPO } from '../../scripts/lib/project';

// Spelled in parts so this file does not name them either.
const NAMES = new RegExp([['my', 'gov'].join(''), ['scottish', 'government'].join(' ')].join('|'), 'i');

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return d.name === 'node_modules' || d.name === 'generated' ? [] : files(p);
    return /\.(ts|mts|mjs|js|astro|scss|json)$/.test(d.name) ? [p] : [];
  });
}

/** The line without its comment: whole-line comments (//, /*, *, {/*, <!--) are dropped, and a trailing `// …`. */
function code(line: string): string {
  const t = line.trim();
  if (/^(\/\/|\/\*|\*|\{\/\*|<!--)/.test(t)) return '';
  return line.replace(/\s\/\/\s.*$/, '').replace(/\/\*.*?\*\//g, '');
}

describe('the engine names no organisation', () => {
  it('no code line in src/ or scripts/ names the sample organisation (they come from site.yaml)', () => {
    const found: string[] = [];
    for (const f of [...files(path.join(REPO, 'src')), ...files(path.join(REPO, 'scripts'))])
      fs.readFileSync(f, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (NAMES.test(code(line))) found.push(`${path.relative(REPO, f)}:${i + 1}: ${line.trim()}`);
        });
    expect(found).toEqual([]);
  });
});
