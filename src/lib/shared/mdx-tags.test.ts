import { describe, expect, it } from 'vitest';
import { findMdxTags } from './mdx-tags';

describe('findMdxTags', () => {
  it('finds tags and string props with their line, skipping code', () => {
    const text = [
      'Intro with <Kpi name="lead-time" /> inline.',
      '```mdx',
      '<Kpi name="in-a-fence" />',
      '```',
      'Example: `<Kpi name="in-code" />` only.',
      '<Checklist id={"go-no-go"} headingLevel={4} />',
    ].join('\n');
    expect(findMdxTags(text, 10)).toEqual([
      { name: 'Kpi', props: { name: 'lead-time' }, line: 10, column: 12 },
      { name: 'Checklist', props: { id: 'go-no-go', headingLevel: '4' }, line: 15, column: 1 },
    ]);
  });
});
