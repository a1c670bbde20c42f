import { describe, expect, it } from "vitest";
import { changeLines } from "./auditChange";

describe("an audit entry's change", () => {
  it("shows the fields that changed, before → after", () => {
    expect(changeLines({ role: "viewer", disabled: false }, { role: "editor", disabled: false })).toEqual([
      "role: viewer → editor",
    ]);
  });

  it("shows what an entry with no before carries", () => {
    expect(changeLines(null, { sessions: 2 })).toEqual(["sessions: 2"]);
  });

  it("shows removed and added fields, and nothing for an empty entry", () => {
    expect(changeLines({ a: 1 }, null)).toEqual(["a: 1 → removed"]);
    expect(changeLines({}, { b: [1] })).toEqual(["b: — → [1]"]);
    expect(changeLines(null, null)).toEqual([]);
  });
});
