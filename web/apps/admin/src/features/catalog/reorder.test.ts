import { describe, expect, it } from "vitest";
import { added, keyboardTarget, moved } from "./reorder";

describe("reordering the top 10", () => {
  it("moves an item up, down and to either end", () => {
    expect(moved([1, 2, 3, 4], 2, 0)).toEqual([3, 1, 2, 4]);
    expect(moved([1, 2, 3, 4], 0, 3)).toEqual([2, 3, 4, 1]);
    expect(moved([1, 2, 3, 4], 1, 2)).toEqual([1, 3, 2, 4]);
    expect(moved([1, 2, 3, 4], 3, 99)).toEqual([1, 2, 3, 4]);
  });

  it("leaves the list as it is when nothing moves", () => {
    const items = [1, 2, 3];
    expect(moved(items, 1, 1)).toBe(items);
    expect(moved(items, 0, -1)).toBe(items);
    expect(moved(items, 5, 0)).toBe(items);
  });

  it("maps the keys to a target, within the list", () => {
    expect(keyboardTarget("ArrowUp", 0, 5)).toBe(0);
    expect(keyboardTarget("ArrowUp", 3, 5)).toBe(2);
    expect(keyboardTarget("ArrowDown", 4, 5)).toBe(4);
    expect(keyboardTarget("Home", 3, 5)).toBe(0);
    expect(keyboardTarget("End", 1, 5)).toBe(4);
    expect(keyboardTarget("Enter", 1, 5)).toBeNull();
  });

  it("adds a title once, and never an eleventh", () => {
    expect(added([1, 2], 3)).toEqual([1, 2, 3]);
    expect(added([1, 2], 2)).toEqual([1, 2]);
    const full = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(added(full, 11)).toBe(full);
  });
});
