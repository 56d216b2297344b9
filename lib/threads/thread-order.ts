// Thread order: each message followed by its replies, oldest reply first; roots oldest first.

export interface Node {
  id: number;
  parentId: number | null;
  sentAt: Date;
}

export interface Placed<T> {
  item: T;
  depth: number;
}

export function inThreadOrder<T extends Node>(messages: T[]): Placed<T>[] {
  const byTime = [...messages].sort(
    (a, b) => a.sentAt.getTime() - b.sentAt.getTime() || a.id - b.id,
  );
  const present = new Set(byTime.map((m) => m.id));
  const children = new Map<number | null, T[]>();
  for (const message of byTime) {
    // A parent outside this list (hidden, or in another thread after a merge) makes a root.
    const parent =
      message.parentId !== null && present.has(message.parentId) ? message.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(message);
    children.set(parent, list);
  }

  // Iterative, so that a chain of a thousand replies cannot overflow the stack.
  const placed: Placed<T>[] = [];
  const stack: Placed<T>[] = (children.get(null) ?? [])
    .map((item) => ({ item, depth: 0 }))
    .reverse();
  while (stack.length > 0) {
    const next = stack.pop() as Placed<T>;
    placed.push(next);
    const replies = children.get(next.item.id) ?? [];
    for (let i = replies.length - 1; i >= 0; i--) {
      stack.push({ item: replies[i] as T, depth: next.depth + 1 });
    }
  }

  // The importer stores no cycles, but should one ever exist its members would hang from no
  // root; list them at the end rather than lose them.
  if (placed.length < byTime.length) {
    const seen = new Set(placed.map((p) => p.item.id));
    for (const item of byTime) if (!seen.has(item.id)) placed.push({ item, depth: 0 });
  }
  return placed;
}
