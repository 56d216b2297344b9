import { describe, expect, it } from "vitest";
import { inThreadOrder } from "@/lib/threads/thread-order";

const at = (minute: number) => new Date(Date.UTC(2024, 0, 1, 0, minute));

describe("inThreadOrder", () => {
  it("puts each reply under its parent, oldest reply first", () => {
    const placed = inThreadOrder([
      { id: 4, parentId: 1, sentAt: at(4) },
      { id: 1, parentId: null, sentAt: at(1) },
      { id: 2, parentId: 1, sentAt: at(2) },
      { id: 3, parentId: 2, sentAt: at(3) },
    ]);
    expect(placed.map((p) => [p.item.id, p.depth])).toEqual([
      [1, 0],
      [2, 1],
      [3, 2],
      [4, 1],
    ]);
  });

  it("shows a reply whose parent is absent as a root", () => {
    const placed = inThreadOrder([
      { id: 1, parentId: null, sentAt: at(1) },
      { id: 2, parentId: 99, sentAt: at(2) },
    ]);
    expect(placed.map((p) => [p.item.id, p.depth])).toEqual([
      [1, 0],
      [2, 0],
    ]);
  });

  it("keeps every message of a cycle instead of losing it", () => {
    const placed = inThreadOrder([
      { id: 1, parentId: 2, sentAt: at(1) },
      { id: 2, parentId: 1, sentAt: at(2) },
    ]);
    expect(placed.map((p) => p.item.id).sort()).toEqual([1, 2]);
  });

  it("walks a chain of a thousand replies without overflowing", () => {
    const chain = Array.from({ length: 1000 }, (_, i) => ({
      id: i + 1,
      parentId: i === 0 ? null : i,
      sentAt: at(i),
    }));
    const placed = inThreadOrder(chain);
    expect(placed).toHaveLength(1000);
    expect(placed.at(-1)?.depth).toBe(999);
  });
});
