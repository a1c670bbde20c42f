import { describe, expect, it } from "vitest";
import { apiParams, DEFAULT_QUERY, listQueryString, parseListQuery } from "./listQuery";

describe("the titles table's query", () => {
  it("reads what the URL holds and ignores what it cannot be", () => {
    expect(
      parseListQuery({ q: "night", kind: "series", published: "false", genre: "3", sort: "title" }),
    ).toEqual({
      q: "night",
      kind: "series",
      published: false,
      genre: 3,
      sort: "title",
    });
    expect(parseListQuery({ kind: "documentary", published: "maybe", genre: "-1", sort: "popular" })).toEqual(
      DEFAULT_QUERY,
    );
  });

  it("writes only what differs from the defaults, and reads back what it wrote", () => {
    expect(listQueryString(DEFAULT_QUERY)).toBe("");
    const query = { ...DEFAULT_QUERY, q: "a b", published: true, sort: "release_year" as const };
    const written = listQueryString(query);
    expect(written).toBe("?q=a+b&published=true&sort=release_year");
    expect(parseListQuery(Object.fromEntries(new URLSearchParams(written)))).toEqual(query);
  });

  it("asks the API for a page after the cursor, without empty filters", () => {
    expect(apiParams({ ...DEFAULT_QUERY, q: "  " }, null)).toEqual({ limit: 50, sort: "updated" });
    expect(apiParams({ ...DEFAULT_QUERY, kind: "movie", genre: 2, published: false }, "abc")).toEqual({
      limit: 50,
      sort: "updated",
      kind: "movie",
      genre: 2,
      published: false,
      cursor: "abc",
    });
  });
});
