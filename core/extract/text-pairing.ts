/**
 * Pairs labels with the values that follow them. Invoices put a value right after its label
 * (« Échéance : 15/03/2026 ») or lay labels out as a table header with the values on the next
 * row (« Date   Échéance » then « 13/11/2017   13/12/2017 »); text layers of PDFs keep that
 * order. So we walk labels and values in reading order: a run of labels waits for the run of
 * values that follows, and they are paired one by one.
 */
import { dropOverlaps, type Span } from './text-dates';

export interface Label<K extends string> {
  kind: K;
  start: number;
  end: number;
}

export type LabelRule<K extends string> = [K, RegExp];

/** Longest label wins where two overlap (« date d'échéance » over « date »). */
export function findLabels<K extends string>(text: string, rules: LabelRule<K>[]): Label<K>[] {
  const found: Label<K>[] = [];
  for (const [kind, re] of rules) {
    for (const m of text.matchAll(re)) found.push({ kind, start: m.index, end: m.index + m[0].length });
  }
  return dropOverlaps(found);
}

/** A value further than this from the previous label or value belongs to something else. */
const MAX_GAP = 140;
const MAX_LINE_BREAKS = 3;

function isNear(text: string, from: number, to: number): boolean {
  if (to - from > MAX_GAP) return false;
  const between = text.slice(from, to);
  return between.split('\n').length - 1 <= MAX_LINE_BREAKS;
}

const sameLine = (text: string, from: number, to: number) => !text.slice(from, to).includes('\n');

/**
 * The label a value answers: the oldest waiting one (table header order), except when the
 * waiting labels span several lines and the newest sits on the value's own line — then the
 * newest is an intruder from a neighbouring column (« Indemnité … : 40 € » between a header of
 * totals and its row) and owns the value.
 */
function takeLabel<K extends string>(text: string, pending: Label<K>[], at: number): Label<K> {
  const first = pending[0]!;
  const last = pending[pending.length - 1]!;
  if (pending.length > 1 && !sameLine(text, first.end, last.start) && sameLine(text, last.end, at)) {
    return pending.pop()!;
  }
  return pending.shift()!;
}

/**
 * Values paired with each label kind, in reading order. Values of `null` consume a label
 * without being kept (a payment term like « 30 jours » answers « Échéance » without a date).
 */
export function pairLabels<K extends string, V>(
  text: string,
  labels: Label<K>[],
  values: Span<V | null>[],
): Map<K, V[]> {
  type Event = { label: Label<K> } | { value: Span<V | null> };
  const events: Event[] = [
    ...labels.map((label) => ({ label, at: label.start })),
    ...values.map((value) => ({ value, at: value.start })),
  ].sort((a, b) => a.at - b.at);
  const result = new Map<K, V[]>();
  let pending: Label<K>[] = [];
  let lastEnd = 0;
  let lastWasValue = false;
  for (const e of events) {
    if ('label' in e) {
      if (lastWasValue || !isNear(text, lastEnd, e.label.start)) pending = [];
      pending.push(e.label);
      lastWasValue = false;
      lastEnd = e.label.end;
      continue;
    }
    const { value } = e;
    if (pending.length > 0 && isNear(text, lastEnd, value.start)) {
      const label = takeLabel(text, pending, value.start);
      if (value.value !== null) {
        const list = result.get(label.kind) ?? [];
        list.push(value.value);
        result.set(label.kind, list);
      }
    } else {
      pending = [];
    }
    lastWasValue = true;
    lastEnd = value.end;
  }
  return result;
}
