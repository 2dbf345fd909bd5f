import { describe, expect, it } from 'vitest';
import { absoluteLinks } from './absolute-links';

const BASE = 'https://handbook.example.org/';

describe('absoluteLinks', () => {
  it('makes links, pictures, definitions and raw HTML written from the site root absolute (a new adopter’s trial)', () => {
    const md = [
      '**Subversion** held the [Land Register](/handbook/land-register/) code until 2026.',
      '',
      '![Diagram](/brand/diagram.png "The estate") and [the radar][r].',
      '',
      '[r]: /radar/',
      '',
      '<a href="/handbook/x/">x</a> <img src=\'/y.png\' alt="">',
    ].join('\n');
    expect(absoluteLinks(md, BASE)).toBe(
      [
        '**Subversion** held the [Land Register](https://handbook.example.org/handbook/land-register/) code until 2026.',
        '',
        '![Diagram](https://handbook.example.org/brand/diagram.png "The estate") and [the radar][r].',
        '',
        '[r]: https://handbook.example.org/radar/',
        '',
        '<a href="https://handbook.example.org/handbook/x/">x</a> <img src=\'https://handbook.example.org/y.png\' alt="">',
      ].join('\n'),
    );
  });

  it('leaves full addresses, other hosts, relative links, link text and code as written', () => {
    const md = 'See [/handbook/](https://gov.scot/handbook/), [cdn](//cdn.example/x), [up](../x), `[a](/b)` and\n\n    [c](/d)\n';
    expect(absoluteLinks(md, BASE)).toBe(md);
  });

  it('finds the destination after link text that repeats it', () => {
    expect(absoluteLinks('[/handbook/](/handbook/)', BASE)).toBe('[/handbook/](https://handbook.example.org/handbook/)');
  });
});
