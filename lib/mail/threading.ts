import { hasReplyPrefix, normalizeSubject } from "./subject";

// The threading rule, the one the fixture archives' expected results are stated in:
//
// 1. A message's parent is the one message its In-Reply-To names, when that message is in
//    the set. Otherwise it is the last id in References (or, failing that, In-Reply-To)
//    that is in the set: References lists ancestors oldest first, so the last one found is
//    the closest. A reply whose ancestors are all missing is a root.
// 2. A message with neither header whose subject has a reply prefix ("Re: ...") was
//    answered by a client that dropped the headers; it joins the earliest thread (by the
//    date of its root) with the same normalised subject, under that thread's root. An
//    empty normalised subject never groups, and messages without a reply prefix are never
//    merged by subject: two people may well start two threads called "Mirror outage".
// 3. Headers can be wrong, and can even point in a circle. Messages are linked in (date,
//    id) order, and a candidate parent that would make a message its own ancestor is
//    skipped for the next candidate; with none left the message is a root.

export interface ThreadInput {
  /** the message id */
  key: string;
  inReplyTo: string[];
  references: string[];
  subject: string;
  date: Date;
}

export interface ThreadPosition {
  parent: string | null;
  root: string;
}

/**
 * Places every message (the first of any with the same key) in a thread. Runs in
 * O(n log n): a union-find over the trees answers "would this link close a circle?"
 */
export function threadMessages(messages: ThreadInput[]): Map<string, ThreadPosition> {
  const ordered = uniqueByKey(messages).sort(byDateThenKey);
  const indexOf = new Map<string, number>();
  for (let index = 0; index < ordered.length; index += 1) {
    indexOf.set(keyAt(ordered, index), index);
  }

  const forest = new Forest(ordered.length);
  for (let index = 0; index < ordered.length; index += 1) {
    const message = ordered[index];
    if (message !== undefined) linkByHeaders(message, index, indexOf, forest);
  }
  joinBySubject(ordered, forest);

  const positions = new Map<string, ThreadPosition>();
  for (let index = 0; index < ordered.length; index += 1) {
    const parent = forest.parentOf(index);
    positions.set(keyAt(ordered, index), {
      parent: parent === null ? null : keyAt(ordered, parent),
      root: keyAt(ordered, forest.rootOf(index)),
    });
  }
  return positions;
}

/**
 * The parent a message names first, by rule 1. When the message ends up anywhere else (that
 * parent is not in the set yet), a later import that brings it must thread the message again.
 */
export function preferredParent(
  message: Pick<ThreadInput, "inReplyTo" | "references">,
): string | null {
  const { inReplyTo, references } = message;
  if (inReplyTo.length === 1) return inReplyTo[0] ?? null;
  return references.at(-1) ?? inReplyTo.at(-1) ?? null;
}

/** Rules 1 and 3: the first candidate parent that is in the set and closes no circle. */
function linkByHeaders(
  message: ThreadInput,
  index: number,
  indexOf: Map<string, number>,
  forest: Forest,
): void {
  const { inReplyTo, references } = message;
  if (inReplyTo.length === 1 && linkTo(inReplyTo[0], index, indexOf, forest)) return;
  for (let i = references.length - 1; i >= 0; i -= 1) {
    if (linkTo(references[i], index, indexOf, forest)) return;
  }
  for (let i = inReplyTo.length - 1; i >= 0; i -= 1) {
    if (linkTo(inReplyTo[i], index, indexOf, forest)) return;
  }
}

function linkTo(
  parentKey: string | undefined,
  child: number,
  indexOf: Map<string, number>,
  forest: Forest,
): boolean {
  const parent = parentKey === undefined ? undefined : indexOf.get(parentKey);
  return parent !== undefined && forest.tryLink(child, parent);
}

/** Rule 2: header-less replies join the earliest thread with their subject. */
function joinBySubject(ordered: ThreadInput[], forest: Forest): void {
  const earliestRootBySubject = new Map<string, number>();
  ordered.forEach((message, index) => {
    if (forest.parentOf(index) !== null) return;
    const subject = normalizeSubject(message.subject);
    if (subject !== "" && !earliestRootBySubject.has(subject)) {
      earliestRootBySubject.set(subject, index);
    }
  });

  ordered.forEach((message, index) => {
    const headerless = message.inReplyTo.length === 0 && message.references.length === 0;
    if (!headerless || !hasReplyPrefix(message.subject)) return;

    const root = earliestRootBySubject.get(normalizeSubject(message.subject));
    if (root !== undefined && root !== index) forest.tryLink(index, root);
  });
}

/**
 * Parent links plus a union-find of the trees they form, in which each tree's root is the
 * representative of its set. A message being linked is always the root of its own tree
 * (each message gets a parent at most once), so the link closes a circle exactly when the
 * parent is in that same tree.
 */
class Forest {
  readonly #parent: Int32Array;
  readonly #set: Int32Array;

  constructor(size: number) {
    this.#parent = new Int32Array(size).fill(-1);
    this.#set = new Int32Array(size);
    for (let index = 0; index < size; index += 1) this.#set[index] = index;
  }

  tryLink(child: number, parent: number): boolean {
    const childSet = this.#find(child);
    const parentSet = this.#find(parent);
    if (childSet === parentSet) return false;

    this.#parent[child] = parent;
    this.#set[childSet] = parentSet;
    return true;
  }

  parentOf(index: number): number | null {
    const parent = this.#parent[index] ?? -1;
    return parent === -1 ? null : parent;
  }

  rootOf(index: number): number {
    return this.#find(index);
  }

  #find(index: number): number {
    let representative = index;
    while (this.#set[representative] !== representative) {
      representative = this.#set[representative] ?? representative;
    }
    let current = index;
    while (current !== representative) {
      const next = this.#set[current] ?? representative;
      this.#set[current] = representative;
      current = next;
    }
    return representative;
  }
}

function uniqueByKey(messages: ThreadInput[]): ThreadInput[] {
  const seen = new Set<string>();
  return messages.filter((message) => {
    if (seen.has(message.key)) return false;
    seen.add(message.key);
    return true;
  });
}

function byDateThenKey(a: ThreadInput, b: ThreadInput): number {
  return compare(sortableTime(a.date), sortableTime(b.date)) || compare(a.key, b.key);
}

function compare<T extends number | string>(a: T, b: T): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** An unreadable date sorts last rather than breaking the order. */
function sortableTime(date: Date): number {
  const time = date.getTime();
  return Number.isNaN(time) ? Number.POSITIVE_INFINITY : time;
}

function keyAt(ordered: ThreadInput[], index: number): string {
  return ordered[index]?.key ?? "";
}
