import { describe, expect, it } from 'vitest';
import type { AstroIntegrationLogger } from 'astro';
import { issue } from '../lib/shared/errors';
import { logIssues } from './log-issues';

/** A logger that records `level message` lines. */
function recorder(): { logger: AstroIntegrationLogger; lines: string[] } {
  const lines: string[] = [];
  const at = (level: string) => (m: string) => void lines.push(`${level} ${m}`);
  const logger = { error: at('error'), warn: at('warn'), info: at('info'), debug: at('debug') } as unknown as AstroIntegrationLogger;
  return { logger, lines };
}

describe('logIssues', () => {
  it('groups by file in file and line order, each problem at its own level and each file at its worst', () => {
    const { logger, lines } = recorder();
    const count = logIssues(
      [
        issue('content/b.md', 'title', 'is required'),
        issue('content/site.yaml', 'pages', 'is not set', { severity: 'warning' }),
        issue('content/b.md', 'owner', 'is old', { line: 1, severity: 'warning' }),
        issue('content/a.md', 'link', 'is broken', { line: 9, column: 2 }),
      ],
      logger,
    );
    expect(count).toBe(2);
    expect(lines).toEqual([
      'error content/a.md',
      'error   content/a.md:9:2  link  is broken',
      'error content/b.md',
      'error   content/b.md  title  is required',
      'warn   content/b.md:1  owner  warning: is old',
      'warn content/site.yaml',
      'warn   content/site.yaml  pages  warning: is not set',
    ]);
  });

  it('logs nothing for no problems', () => {
    const { logger, lines } = recorder();
    expect(logIssues([], logger)).toBe(0);
    expect(lines).toEqual([]);
  });
});
