import { describe, expect, it } from 'vitest';
import { readinessJson, toReadinessEntries } from './entries';
import { loadChecklistsFromFiles } from './load';
import { allItems } from './parse';
import { entriesFromIds, parseReleaseParam, parseStoredResults, parseStoredTicks, serialiseResults, serialiseTicks, storageKey } from './ticks';

const file = {
  path: 'content/checklists/demo.md',
  text: `---
title: Demo
description: A demo checklist.
owner: Release Manager
review_by: 2027-01-01
effective_from: 2026-01-01
---

## First

- [ ] One {#one required}
- [ ] Two {#two}

## Second

- [ ] Three {#three}
`,
};

describe('storageKey', () => {
  it('keys ticks by checklist, and by checklist and release when a release is given', () => {
    expect(storageKey('go-no-go')).toBe('handbook:checklist:go-no-go');
    expect(storageKey('go-no-go', 'payments@3.8.0')).toBe('handbook:checklist:go-no-go:payments@3.8.0');
    expect(storageKey('go-no-go', '')).toBe('handbook:checklist:go-no-go');
  });
});

describe('parseReleaseParam', () => {
  it('accepts release keys, including pre-releases and build metadata', () => {
    expect(parseReleaseParam('payments@3.8.0')).toBe('payments@3.8.0');
    expect(parseReleaseParam(' citizen-web@5.0.0-alpha.1 ')).toBe('citizen-web@5.0.0-alpha.1');
    expect(parseReleaseParam('content-api@6.0.0+build.7')).toBe('content-api@6.0.0+build.7');
  });
  it('ignores anything else', () => {
    for (const bad of [null, undefined, '', 'payments', 'payments@', 'payments@3.8', '@3.8.0', 'Payments@3.8.0', 'pay ments@3.8.0', 'a@1.0.0<script>', `a@1.0.0-${'x'.repeat(120)}`]) {
      expect(parseReleaseParam(bad), String(bad)).toBeUndefined();
    }
  });
});

describe('parseStoredTicks', () => {
  const known = ['one', 'two', 'three'];
  it('reads a stored list, dropping ids the checklist does not have and non-strings', () => {
    expect([...parseStoredTicks('["three","gone",1,null,"one"]', known)]).toEqual(['three', 'one']);
  });
  it('gives no ticks for missing, broken or wrongly shaped values', () => {
    for (const raw of [null, '', 'not json', '{"one":true}', '"one"', '42']) expect(parseStoredTicks(raw, known).size, String(raw)).toBe(0);
  });
  it('round-trips with serialiseTicks, in checklist order whatever the order of ticking', () => {
    const text = serialiseTicks(new Set(['three', 'one']), known);
    expect(text).toBe('["one","three"]');
    expect([...parseStoredTicks(text, known)]).toEqual(['one', 'three']);
  });
});

describe('entriesFromIds', () => {
  it('gives exactly the entries toReadinessEntries gives for the checklist itself', () => {
    const { checklists, issues } = loadChecklistsFromFiles([file]);
    expect(issues).toEqual([]);
    const c = checklists[0];
    const ids = allItems(c).map((i) => i.id);
    const ticked = new Set(['three']);
    expect(entriesFromIds(c.id, ids, ticked)).toEqual(toReadinessEntries(c, ticked));
    expect(JSON.parse(readinessJson(entriesFromIds(c.id, ids, ticked)))).toEqual([
      { checklist: 'demo', item: 'one', result: 'pending' },
      { checklist: 'demo', item: 'two', result: 'pending' },
      { checklist: 'demo', item: 'three', result: 'pass' },
    ]);
  });
});

describe('recording every result the release file accepts', () => {
  const known = ['one', 'two', 'three'];
  it('round-trips results with a waiver reason through storage, in checklist order', () => {
    const results = new Map([
      ['three', { result: 'not-applicable' as const }],
      ['one', { result: 'waived' as const, waiverReason: 'Agreed with the service owner: no user-facing change' }],
      ['two', { result: 'fail' as const }],
    ]);
    const text = serialiseResults(results, known);
    expect(Object.keys(JSON.parse(text))).toEqual(['one', 'two', 'three']);
    expect(parseStoredResults(text, known)).toEqual(new Map([...results].sort((a, b) => known.indexOf(a[0]) - known.indexOf(b[0]))));
  });
  it('reads the older list of ticks as passes, and drops unknown ids and results', () => {
    expect(parseStoredResults('["two","gone"]', known)).toEqual(new Map([['two', { result: 'pass' }]]));
    expect(parseStoredResults('{"one":{"result":"pending"},"two":{"result":"maybe"},"x":{"result":"pass"},"three":{"result":"pass"}}', known)).toEqual(
      new Map([['three', { result: 'pass' }]]),
    );
    for (const raw of [null, '', 'not json', '42', '"one"']) expect(parseStoredResults(raw, known).size, String(raw)).toBe(0);
  });
  it('copies each result into readiness[] entries, with the waiver reason, and the rest as pending', () => {
    const entries = entriesFromIds('demo', known, new Map([
      ['one', { result: 'waived' as const, waiverReason: '  Risk accepted by the CAB  ' }],
      ['three', { result: 'not-applicable' as const }],
    ]));
    expect(entries).toEqual([
      { checklist: 'demo', item: 'one', result: 'waived', waiverReason: 'Risk accepted by the CAB' },
      { checklist: 'demo', item: 'two', result: 'pending' },
      { checklist: 'demo', item: 'three', result: 'not-applicable' },
    ]);
  });
});
