import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importCandidates, importedFiles, relativeImports } from './mdx-imports';

describe('relative imports of an .mdx page', () => {
  it('finds ./ and ../ imports and re-exports outside fenced code, not package imports', () => {
    const text = "import team from './team.json';\nimport { x } from \"../lib/x\";\nimport pkg from 'pkg';\n```\nimport no from './in-code.json';\n```\nexport { y } from './y.js';\n";
    expect(relativeImports(text)).toEqual([
      { spec: './team.json', line: 0 },
      { spec: '../lib/x', line: 1 },
      { spec: './y.js', line: 6 },
    ]);
  });
  it('reads an import written over several lines at the line of its path, and a module\'s import() calls', () => {
    const text = "import {\n  apis,\n  support,\n} from '../../partials/catalogue.mjs';\n\nexport {\n  a } from './a.js'\n\nText that says import things from nowhere.\n";
    expect(relativeImports(text)).toEqual([
      { spec: '../../partials/catalogue.mjs', line: 3 },
      { spec: './a.js', line: 6 },
    ]);
    const mod = "export const load = () => import('./data.json');\nconst x = 'import(\"./not-code\")';\n";
    expect(relativeImports(mod)).toEqual([]);
    expect(relativeImports(mod, { module: true }).map((i) => i.spec)).toContain('./data.json');
  });

  it("gives a default import's local name when asked, and not a named or namespace import's", () => {
    const text = "import Contact from '../partials/contact.md';\nimport Team, { x } from './team.json';\nimport { y } from './y.js';\nimport * as z from './z.js';\n";
    expect(relativeImports(text, { names: true })).toEqual([
      { spec: '../partials/contact.md', line: 0, name: 'Contact' },
      { spec: './team.json', line: 1, name: 'Team' },
      { spec: './y.js', line: 2 },
      { spec: './z.js', line: 3 },
    ]);
  });

  it('looks up a path without an extension as Vite does', () => {
    expect(importCandidates('content/handbook/a', './b.json')).toEqual(['content/handbook/a/b.json']);
    expect(importCandidates('content/handbook/a', '../lib/x').slice(0, 2)).toEqual(['content/handbook/lib/x.mjs', 'content/handbook/lib/x.js']);
  });
  it('lists the files a page imports, and those its modules import, once each', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'mdx-imports-'));
    try {
      const w = (f: string, t: string) => (fs.mkdirSync(path.dirname(path.join(root, f)), { recursive: true }), fs.writeFileSync(path.join(root, f), t));
      // The second import over several lines, as Prettier writes a long one: the page's key must cover it and what it imports.
      w('content/handbook/a/page.mdx', "import team from './team.json';\nimport {\n  rota,\n} from '../lib/rota';\nimport gone from './gone.json';\n\n{team.lead}\n");
      w('content/handbook/a/team.json', '{}');
      w('content/handbook/lib/rota.js', "import days from './days.json';\nimport team from '../a/team.json';\nexport const rota = days;\n");
      w('content/handbook/lib/days.json', '[]');
      expect(importedFiles(root, 'content/handbook/a/page.mdx')).toEqual(['content/handbook/a/team.json', 'content/handbook/lib/days.json', 'content/handbook/lib/rota.js']);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
