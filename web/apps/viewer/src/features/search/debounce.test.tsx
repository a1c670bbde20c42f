import { act, render } from "@testing-library/preact";
import { describe, expect, it, vi } from "vitest";
import { normalisedQuery, useDebounced } from "./debounce";

function Probe({ value, seen }: { value: string; seen: (v: string) => void }) {
  seen(useDebounced(value, 200));
  return null;
}

describe("useDebounced", () => {
  it("settles on the last value after a pause, skipping the ones typed in between", () => {
    vi.useFakeTimers();
    const seen: string[] = [];
    const record = (v: string) => {
      if (seen.at(-1) !== v) seen.push(v);
    };
    const view = render(<Probe value="g" seen={record} />);
    for (const value of ["go", "gol", "gold"]) {
      view.rerender(<Probe value={value} seen={record} />);
      act(() => void vi.advanceTimersByTime(50));
    }
    act(() => void vi.advanceTimersByTime(250));
    expect(seen).toEqual(["g", "gold"]);
    vi.useRealTimers();
  });
});

describe("normalisedQuery", () => {
  it("trims, folds spaces and bounds the length", () => {
    expect(normalisedQuery("  golden   protocol ")).toBe("golden protocol");
    expect(normalisedQuery("x".repeat(300))).toHaveLength(200);
  });
});
