// Parses a checklist's Markdown body (GFM task lists under ## headings) into groups of items with ids.
//
// Syntax, chosen so the file still reads well on GitHub and in any Markdown renderer (the attribute block
// is shown as plain text there, never as broken markup):
//
//   ## Before the go/no-go meeting                    ← a `##` heading starts a group
//
//   - [ ] Rollback rehearsed in staging {#rollback-rehearsed required}
//
//     Help text: any indented paragraphs, or a nested bullet list, under the item.
//   - [ ] Release notes drafted {#release-notes-drafted}
//
// - Every task-list item ends its label with an attribute block `{#id}`; the id is kebab-case (lower-case
//   letters and digits in words joined by single hyphens) and unique within the checklist.
// - `required` inside the same braces (`{#id required}`) marks an item that a release that went live must pass,
//   waive with a reason, or mark not-applicable. `from=YYYY-MM-DD` (`{#id required from=2026-12-01}`) says when an
//   item was added: releases that shipped before that day are not held to it. Nothing else may go in the braces.
// - Text after the attribute block in the same paragraph, indented paragraphs and nested bullet lists
//   under the item are its help text, one entry per paragraph or bullet. Nested task items are not allowed.
// - Items before the first `##` heading go in a group named after the checklist. Other headings, prose
//   paragraphs and lists without any task items are ignored by the model (they are for GitHub readers).
// - Write items unticked (`[ ]`): a checklist is a template; a ticked item only earns a warning.
import type { List, ListItem, Nodes, Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import GithubSlugger from 'github-slugger';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { issue, type ContentIssue } from '../shared/errors';
import { RELEASE_TYPES, STAGES, type ChecklistFrontmatter, type ReleaseType, type Stage, type Timing } from './schema';

export interface ChecklistItem {
  /** Stable id from `{#id}`; the anchor on the checklist page and the `item` in a release's `readiness[]`. */
  id: string;
  /** The item's text, plain (pages escape it). */
  label: string;
  required: boolean;
  /**
   * `from=YYYY-MM-DD`: the day the item was added to the checklist (YYYY-MM-DD). A release that shipped before it is not
   * held to it, so adding an item does not fail every shipped release's file; absent for items as old as the checklist.
   */
  from?: string;
  /** Help paragraphs or bullets, plain text, in order; absent when the item has none. */
  help?: string[];
  /** 1-based line of the item in the checklist file. */
  line: number;
}

export interface ChecklistGroup {
  heading: string;
  /** Anchor for the group, unique in the checklist page and never equal to an item id. */
  slug: string;
  items: ChecklistItem[];
}

export interface Checklist {
  /** The file name without `.md`. */
  id: string;
  /** Project-relative path of the source file. */
  file: string;
  title: string;
  description: string;
  /** What the checklist is for; an omitted list in the front matter is expanded to every value. */
  appliesTo: { stages: Stage[]; releaseTypes: ReleaseType[] };
  owner: string;
  reviewBy: string;
  effectiveFrom: string;
  /** before-release checklists gate a release; after-release ones may still be pending once it is out. */
  timing: Timing;
  order?: number;
  groups: ChecklistGroup[];
}

/** Where the body came from, for messages. */
export interface BodySource {
  file: string;
  /** Lines in the file before the body's first line (front matter and its delimiters). */
  lineOffset: number;
}

export const ITEM_ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Whether `s` is a real day written YYYY-MM-DD (not 2026-02-30). */
function isCalendarDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
const ITEM_FLAGS = ['required'] as const;

/** `Rollback_Rehearsed!` → `rollback-rehearsed`: a suggestion for messages. */
export function toKebab(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .split('-')
    .slice(0, 6)
    .join('-');
}

const processor = unified().use(remarkParse).use(remarkGfm);

/** Label text up to an attribute block that ends a line; the rest of the paragraph is help. */
const ATTRIBUTE_RE = /^([\s\S]*?)[ \t]*\{([^{}\n]*)\}[ \t]*(?:\n([\s\S]*))?$/;

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function quoteLabel(label: string): string {
  const s = squash(label);
  return JSON.stringify(s.length > 60 ? s.slice(0, 57) + '…' : s);
}

function isTask(li: ListItem): boolean {
  return li.checked === true || li.checked === false;
}

function hasTask(list: List): boolean {
  return list.children.some(isTask);
}

/** Parses the body; items with a missing or bad id are reported and left out of the model. */
export function parseChecklistBody(
  body: string,
  defaultHeading: string,
  src: BodySource,
): { groups: ChecklistGroup[]; issues: ContentIssue[] } {
  const tree = processor.parse(body) as Root;
  const issues: ContentIssue[] = [];
  const at = (node: Nodes) => ({
    line: (node.position?.start.line ?? 1) + src.lineOffset,
    column: node.position?.start.column,
  });
  const report = (node: Nodes, message: string, severity: 'error' | 'warning' = 'error') =>
    issues.push(issue(src.file, 'body', message, { ...at(node), severity }));

  const drafts: { heading: string; items: ChecklistItem[] }[] = [{ heading: defaultHeading, items: [] }];

  const readItem = (li: ListItem): ChecklistItem | undefined => {
    const [first, ...rest] = li.children;
    const firstText = first && first.type === 'paragraph' ? toString(first as Paragraph) : '';
    const m = ATTRIBUTE_RE.exec(firstText);
    const label = squash(m ? m[1] : firstText);
    if (li.checked) report(li, `checklist item ${quoteLabel(label)} is ticked: write it unticked, as "- [ ]"`, 'warning');
    const tokens = m ? m[2].trim().split(/\s+/).filter(Boolean) : [];
    if (!m || !tokens[0]?.startsWith('#')) {
      report(li, `checklist item ${quoteLabel(label)} has no id: end it with an id such as {#${toKebab(label) || 'item-id'}}`);
      return undefined;
    }
    const id = tokens[0].slice(1);
    let ok = true;
    if (!ITEM_ID_RE.test(id)) {
      report(li, `${JSON.stringify(id)} is not a valid item id: expected kebab-case, e.g. {#${toKebab(id) || toKebab(label) || 'item-id'}}`);
      ok = false;
    }
    let from: string | undefined;
    for (const flag of tokens.slice(1)) {
      const since = /^from=(.*)$/.exec(flag);
      if (since) {
        if (isCalendarDate(since[1])) from = since[1];
        else {
          report(li, `${JSON.stringify(since[1])} is not a date: write the day the item was added as from=YYYY-MM-DD, e.g. {#${id} required from=2026-12-01}`);
          ok = false;
        }
      } else if (!(ITEM_FLAGS as readonly string[]).includes(flag)) {
        report(li, `${JSON.stringify(flag)} is not a known item flag: expected ${ITEM_FLAGS.join('|')} or from=YYYY-MM-DD`);
        ok = false;
      }
    }
    if (!label) {
      report(li, `checklist item {#${id}} has no text: write what to check before the id`);
      ok = false;
    }
    const help: string[] = [];
    if (m?.[3] && squash(m[3])) help.push(squash(m[3]));
    for (const child of rest) {
      if (child.type === 'list') {
        for (const sub of child.children) {
          if (isTask(sub)) {
            report(sub, `checklist item ${quoteLabel(toString(sub))} is nested inside another item: checklist items cannot be nested`);
            ok = false;
          } else if (squash(toString(sub))) help.push(squash(toString(sub)));
        }
      } else if (squash(toString(child))) help.push(squash(toString(child)));
    }
    if (!ok) return undefined;
    return { id, label, required: tokens.includes('required'), ...(from ? { from } : {}), ...(help.length ? { help } : {}), line: at(li).line };
  };

  let sawTask = false;
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth === 2) {
      drafts.push({ heading: squash(toString(node)), items: [] });
    } else if (node.type === 'list' && hasTask(node)) {
      sawTask = true;
      for (const li of node.children) {
        if (!isTask(li)) {
          report(li, `list item ${quoteLabel(toString(li))} is not a checklist item: start it with "[ ] "`);
          continue;
        }
        const draft = readItem(li);
        if (draft) drafts[drafts.length - 1].items.push(draft);
      }
    }
  }

  // Ids must be unique in the checklist: they are anchors and the keys release files record results against.
  const firstLine = new Map<string, number>();
  for (const g of drafts) {
    g.items = g.items.filter((item) => {
      const seen = firstLine.get(item.id);
      if (seen === undefined) {
        firstLine.set(item.id, item.line);
        return true;
      }
      issues.push(
        issue(src.file, 'body', `item id ${JSON.stringify(item.id)} is used twice in this checklist: first used on line ${seen}`, {
          line: item.line,
        }),
      );
      return false;
    });
  }

  // Item ids are fixed by editors; group anchors give way to them so both can share one page.
  const slugger = new GithubSlugger();
  for (const id of firstLine.keys()) slugger.slug(id);
  const groups = drafts
    .filter((g) => g.items.length > 0)
    .map((g) => ({ heading: g.heading, slug: slugger.slug(g.heading) || slugger.slug('group'), items: g.items }));

  // A checklist page shows its items and their help as plain text, so a picture in the body is not shown anywhere on
  // the site: said, rather than dropped without a word (a new adopter's trial, 2 December 2026).
  const pictures = (node: Nodes) => {
    if (node.type === 'image' || node.type === 'imageReference') {
      const what = node.type === 'image' ? JSON.stringify(node.url) : `[${node.identifier}]`;
      report(
        node,
        `the picture ${what} is not shown on the checklist's page, which shows items and their help as plain text (only GitHub shows it): put it on a handbook page and link to that page from the item's help`,
        'warning',
      );
    }
    if ('children' in node) for (const c of node.children) pictures(c as Nodes);
  };
  pictures(tree);

  if (!sawTask) {
    issues.push(
      issue(src.file, 'body', 'has no checklist items: write them as a task list, e.g. "- [ ] Rollback rehearsed in staging {#rollback-rehearsed}"', {
        line: src.lineOffset + 1,
      }),
    );
  }
  return { groups, issues };
}

/** The whole checklist from its validated front matter and parsed groups. */
export function toChecklist(
  id: string,
  file: string,
  fm: ChecklistFrontmatter,
  groups: ChecklistGroup[],
): Checklist {
  return {
    id,
    file,
    title: fm.title,
    description: fm.description,
    appliesTo: {
      stages: fm.applies_to?.stages ? STAGES.filter((s) => fm.applies_to?.stages?.includes(s)) : [...STAGES],
      releaseTypes: fm.applies_to?.releaseTypes
        ? RELEASE_TYPES.filter((t) => fm.applies_to?.releaseTypes?.includes(t))
        : [...RELEASE_TYPES],
    },
    owner: fm.owner,
    reviewBy: fm.review_by,
    effectiveFrom: fm.effective_from,
    timing: fm.timing ?? 'before-release',
    ...(fm.order !== undefined ? { order: fm.order } : {}),
    groups,
  };
}

/** Every item of a checklist, in document order. */
export function allItems(checklist: Checklist): ChecklistItem[] {
  return checklist.groups.flatMap((g) => g.items);
}
