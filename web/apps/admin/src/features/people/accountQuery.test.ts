import { describe, expect, it } from "vitest";
import {
  accountApiParams,
  accountQueryString,
  accountTarget,
  auditHref,
  parseAccountQuery,
} from "./accountQuery";

describe("the accounts table's query", () => {
  it("reads what it knows from the URL and ignores the rest", () => {
    expect(parseAccountQuery({ q: "ann", role: "editor" })).toEqual({ q: "ann", role: "editor" });
    expect(parseAccountQuery({ role: "root" })).toEqual({ q: "", role: null });
    expect(parseAccountQuery({ q: "x".repeat(300) }).q).toHaveLength(100);
  });

  it("writes only what is set, and round-trips", () => {
    expect(accountQueryString({ q: "  ", role: null })).toBe("");
    const query = { q: "ann@example.com", role: "admin" as const };
    const text = accountQueryString(query);
    expect(text).toBe("?q=ann%40example.com&role=admin");
    expect(parseAccountQuery(Object.fromEntries(new URLSearchParams(text)))).toEqual(query);
  });

  it("gives the API a trimmed search, the role and the cursor", () => {
    expect(accountApiParams({ q: " ann ", role: "viewer" }, "c1")).toEqual({
      limit: 50,
      q: "ann",
      role: "viewer",
      cursor: "c1",
    });
    expect(accountApiParams({ q: "", role: null }, null)).toEqual({ limit: 50 });
  });

  it("links an account to its audit entries", () => {
    expect(accountTarget(42)).toBe("account:42");
    expect(auditHref(accountTarget(42))).toBe("/admin/audit?target=account%3A42");
    expect(auditHref(null)).toBe("/admin/audit");
  });
});
