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
  it('finds a tag whose props are spread over several lines, at the line of its <', () => {
    const text = 'Text.\n\n<LatestReleases\n  component="payments"\n  limit={5}\n/>\n\nMore <RadarRing ring="hold" />.';
    expect(findMdxTags(text, 3)).toEqual([
      { name: 'LatestReleases', props: { component: 'payments', limit: '5' }, line: 5, column: 1 },
      { name: 'RadarRing', props: { ring: 'hold' }, line: 10, column: 6 },
    ]);
  });
  it('skips tags in MDX comments, on one line or several, and in code spans of any number of backticks', () => {
    const text = '{/* <Kpi nmae="lead-time" /> off */}\n\n{/*\n<Checklist id="old" />\n*/}\n\nWrite ``<Kpi nmae="x" />`` and `<Kpi />`.\n\n<RadarRing ring="hold" />';
    expect(findMdxTags(text, 1)).toEqual([{ name: 'RadarRing', props: { ring: 'hold' }, line: 9, column: 1 }]);
  });
});
