import { describe, expect, it } from "vitest";
import { nextFocus } from "./focus";

function grid(rows: number, columns: number): HTMLElement {
  const container = document.createElement("div");
  for (let r = 0; r < rows; r++) {
    const row = document.createElement("ul");
    row.setAttribute("data-nav-row", "");
    for (let c = 0; c < columns; c++) {
      const item = document.createElement("a");
      item.href = `#${r}-${c}`;
      item.id = `${r}-${c}`;
      item.setAttribute("data-nav-item", "");
      item.getBoundingClientRect = () => ({ left: c * 100, top: r * 100 }) as DOMRect;
      row.append(item);
    }
    container.append(row);
  }
  document.body.append(container);
  return container;
}

const byId = (container: HTMLElement, id: string) => container.querySelector<HTMLElement>(`[id="${id}"]`);

describe("arrow navigation", () => {
  it("moves along a row and stops at its ends", () => {
    const container = grid(2, 3);
    const first = byId(container, "0-0");
    expect(first).not.toBeNull();
    if (!first) return;
    expect(nextFocus(container, first, "right")?.id).toBe("0-1");
    expect(nextFocus(container, first, "left")).toBeNull();
  });

  it("moves between rows to the nearest item on screen", () => {
    const container = grid(3, 4);
    const item = byId(container, "1-2");
    if (!item) throw new Error("no item");
    expect(nextFocus(container, item, "down")?.id).toBe("2-2");
    expect(nextFocus(container, item, "up")?.id).toBe("0-2");
    const last = byId(container, "2-0");
    if (!last) throw new Error("no item");
    expect(nextFocus(container, last, "down")).toBeNull();
  });
});
