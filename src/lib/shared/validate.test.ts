// Messages for values that do not have a pattern's form: the pattern's own message, with the value filled in.
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { validate } from './validate';
import { kebabIdSchema } from '../releases/schema';
import { redirectPath } from '../handbook/schema';

const messages = (schema: z.ZodType, value: unknown) => {
  const res = validate(z.strictObject({ v: schema }), { v: value }, { file: 'content/x.yaml', text: `v: ${JSON.stringify(value)}\n` });
  return res.ok ? [] : res.issues.map((i) => `${i.line}:${i.column} ${i.field}  ${i.message}`);
};

describe('values that do not match a pattern', () => {
  it("give the pattern's own message with the value in place of {found}", () => {
    expect(messages(kebabIdSchema, 'Citizen Web')).toEqual([
      '1:1 v  "Citizen Web" is not a valid id: use lower-case letters, digits and single hyphens, e.g. "citizen-web"',
    ]);
    // Without its leading slash, or as a full URL: the exact path to write.
    expect(messages(redirectPath, 'handbook/old/')).toEqual(['1:1 v  "handbook/old/" is not an old page path: write it as "/handbook/old/" (a path on this site, starting with /)']);
    expect(messages(redirectPath, 'https://handbook.example.org/handbook/old/')).toEqual([
      '1:1 v  "https://handbook.example.org/handbook/old/" is not an old page path: if it was an address on this site, write its path, "/handbook/old/" (starting with /); an address on another site cannot lead here',
    ]);
    expect(messages(redirectPath, '/handbook/old page/')).toEqual([
      '1:1 v  "/handbook/old page/" is not an old page path: it contains a space: an old address kept here may hold only the letters A–Z and a–z, digits, "/" and - _ . ~ (its redirect page is a folder of that name, which hosts look up as the browser sends it, percent-encoded)',
    ]);
  });

  it('never name the zod format ("regex") or leave {found} in', () => {
    expect(messages(z.string().regex(/^\d{4}$/, { message: 'report years are four-digit keys such as 2023' }), '23')).toEqual([
      '1:1 v  "23" is not valid: report years are four-digit keys such as 2023',
    ]);
    expect(messages(z.string().regex(/^\d{4}$/), '23')).toEqual(['1:1 v  "23" is not in the expected form']);
  });
});

describe('an unknown field one slip from a field the schema has there', () => {
  it('is named with the field it was likely meant to be, at any depth; a field already written is not offered', () => {
    const schema = z.strictObject({
      owner: z.string().optional(),
      title: z.string(),
      dates: z.strictObject({ planned: z.string().optional() }).default({}),
      environments: z.array(z.strictObject({ name: z.string(), deployedAt: z.string().optional() })).default([]),
    });
    const res = validate(schema, { title: 't', ownr: 'Ops', dates: { planed: 'x' }, environments: [{ name: 'live', deployedat: 'x' }], colour: 'red' }, { file: 'a.yaml' });
    expect(res.ok ? [] : res.issues.map((i) => `${i.field} ${i.message}`)).toEqual([
      'dates.planed unknown field "planed": did you mean "planned"?',
      'environments[0].deployedat unknown field "deployedat": did you mean "deployedAt"?',
      'ownr unknown field "ownr": did you mean "owner"?',
      // Nothing near: remove it, or one of the fields the schema has there (a new adopter's trial asked for them).
      'colour unknown field "colour": remove it, or use one of the fields allowed here: owner, title, dates, environments',
    ]);
    // One slip from a field already written (a new adopter's trial, 2 December 2026: `titel` beside `title` was only
    // "unknown field"): a second copy to remove.
    const written = validate(schema, { title: 't', owner: 'Ops', ownr: 'Ops', titel: 't' }, { file: 'a.yaml' });
    expect(written.ok ? [] : written.issues.map((i) => `${i.field} ${i.message}`)).toEqual([
      'ownr unknown field "ownr": "owner" is already set, so remove it',
      'titel unknown field "titel": "title" is already set, so remove it',
    ]);
  });
});

describe('a YAML value of the wrong type', () => {
  // A new adopter's trial (2 December 2026): `title: 1.10` was "1.1 is not valid: expected text", `title:` was "null
  // is not valid", and `tags: secrets` was "expected a list", with nothing about what to write.
  const schema = z.strictObject({ title: z.string(), draft: z.string().optional(), tags: z.array(z.string()).optional() });
  const run = (text: string, data: unknown) => {
    const res = validate(schema, data, { file: 'content/handbook/a.md', text, lineOffset: 1 });
    return res.ok ? [] : res.issues.map((i) => `${i.line} ${i.field}  ${i.message}`);
  };
  it('says how YAML read it and what to write', () => {
    expect(run('title: 1.10\n', { title: 1.1 })).toEqual(['2 title  1.10 is read by YAML as a number, not text: put it in quotes, `title: "1.10"`']);
    expect(run('title: T\ndraft: yes # for now\n', { title: 'T', draft: true })).toEqual(['3 draft  yes is read by YAML as yes or no, not text: put it in quotes, `draft: "yes"`']);
    expect(run('title:\n', { title: null })).toEqual(['2 title  is empty: write its value after "title:"']);
    expect(run('title: T\ntags: secrets\n', { title: 'T', tags: 'secrets' })).toEqual(['3 tags  "secrets" is not a list: write it as one, `tags: [secrets]`']);
  });
});

describe('a missing field of a fixed set of values', () => {
  it('is told what to add, with the values allowed, never "nothing is not one of" (a new adopter’s trial)', () => {
    const schema = z.strictObject({ type: z.enum(['adr', 'docs']), url: z.string() });
    const res = validate(z.strictObject({ links: z.array(schema) }), { links: [{ url: 'https://kubernetes.io/' }] }, { file: 'content/radar/blips/k8s.md', text: 'links:\n  - url: https://kubernetes.io/\n' });
    expect(res.ok ? [] : res.issues.map((i) => `${i.field}  ${i.message}`)).toEqual(['links[0].type  is required: add `type: …` (one of adr|docs)']);
  });
});
