import { describe, expect, it } from 'vitest';
import { closest } from './closest';

describe('closest', () => {
  it('finds the candidate a typo was meant to be, within a third of its length', () => {
    expect(closest('publshed', ['draft', 'published', 'superseded', 'retired'])).toBe('published');
    expect(closest('backupz', ['restoring', 'backups'])).toBe('backups');
    expect(closest('visitors/rangers/patrol-rota', ['visitors/ranger-team/patrol-rota', 'estates/paths'])).toBe('visitors/ranger-team/patrol-rota');
  });
  it('offers nothing when no candidate is near, when the word is itself one, or when there are none', () => {
    expect(closest('archived', ['draft', 'published', 'superseded', 'retired'])).toBeUndefined();
    expect(closest('draft', ['draft', 'drafts'])).toBeUndefined();
    expect(closest('x', [])).toBeUndefined();
  });
  it('counts two neighbouring letters swapped as one slip, so a short word finds its match', () => {
    // A new adopter's trial (2 December 2026): the ring "adpot" got no suggestion (Levenshtein distance 2 of 5 letters).
    expect(closest('adpot', ['adopt', 'trial', 'assess', 'hold'])).toBe('adopt');
    expect(closest('hodl', ['adopt', 'trial', 'assess', 'hold'])).toBe('hold');
    // Two swaps, or letters swapped at a distance, are not one slip.
    expect(closest('dapot', ['adopt', 'hold'])).toBeUndefined();
    expect(closest('tdopa', ['adopt', 'hold'])).toBeUndefined();
  });
  it('finds a word written in other capitals before any typo, however short or long the word', () => {
    expect(closest('Steps', ['step', 'steps'])).toBe('steps');
    expect(closest('HOLD', ['adopt', 'hold'])).toBe('hold');
    expect(closest('Rehearsing-A-Rollback', ['rehearsing-a-rollbacks', 'rehearsing-a-rollback'])).toBe('rehearsing-a-rollback');
  });
  it('offers the one candidate sharing the most of a long beginning', () => {
    // A new adopter's trial (2 December 2026): neither had a suggestion.
    expect(closest('tooling', ['languages-and-frameworks', 'platforms', 'techniques', 'tools'])).toBe('tools');
    expect(closest('terraform-cloud', ['django', 'terraform'])).toBe('terraform');
    // Not when two candidates share as much, or when the beginning shared is short.
    expect(closest('terraform-enterprise-cloud', ['terraform-a', 'terraform-b'])).toBeUndefined();
    expect(closest('alfa', ['alpha', 'beta', 'live'])).toBeUndefined();
    // A shared folder is not a shared word.
    expect(closest('risk/nowhere', ['risk/new', 'risk/old'])).toBeUndefined();
    // Nor a shared folder and one letter more: a path is matched by its last segment, in its own folder.
    expect(closest('deploying/rolback', ['deploying/release-windows', 'deploying/canaries'])).toBeUndefined();
    expect(closest('guides/terraform-cloud', ['guides/terraform', 'other/terraform-cloudy'])).toBe('guides/terraform');
    expect(closest('archived', ['draft', 'published', 'superseded', 'retired'])).toBeUndefined();
  });
  it('lets a one-letter slip through in a short word, and gives a tie to the first candidate', () => {
    expect(closest('ab', ['ac', 'ad'])).toBe('ac');
  });
});
