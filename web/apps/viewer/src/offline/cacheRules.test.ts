import { describe, expect, it } from "vitest";
import { isArtwork, isPublicHome, isTitleAnswer, storable } from "./cacheRules";

const answer = (cacheControl: string | null, status = 200) =>
  new Response("{}", { status, headers: cacheControl ? { "Cache-Control": cacheControl } : {} });
const request = (url: string, token = false) =>
  new Request(url, token ? { headers: { Authorization: "Bearer t" } } : {});

describe("what the service worker keeps", () => {
  it("keeps public answers, with or without a token", () => {
    const publicAnswer = "public, max-age=300, stale-while-revalidate=60";
    expect(storable(request("https://vuga.test/api/v1/titles/3"), answer(publicAnswer))).toBe(true);
    expect(storable(request("https://vuga.test/api/v1/titles/3", true), answer(publicAnswer))).toBe(true);
  });

  it("never keeps a personal answer", () => {
    const titleAsProfile = "https://vuga.test/api/v1/titles/3?profile_id=9";
    expect(storable(request(titleAsProfile, true), answer("private, no-store"))).toBe(false);
    expect(storable(request("https://vuga.test/api/v1/titles/3"), answer("no-store"))).toBe(false);
    // A token and no word from the server that the answer is everyone's: not kept.
    expect(storable(request("https://vuga.test/media/art/p.jpg", true), answer("max-age=60"))).toBe(false);
  });

  it("never keeps a signed media URL or a failure", () => {
    expect(storable(request("https://vuga.test/media/s/abc/x.jpg"), answer("public, max-age=60"))).toBe(
      false,
    );
    expect(storable(request("https://vuga.test/api/v1/titles/3"), answer("public", 404))).toBe(false);
  });

  it("knows a title page's answer and artwork", () => {
    const origin = "https://vuga.test";
    expect(isTitleAnswer(new URL("https://vuga.test/api/v1/titles/12"), origin)).toBe(true);
    expect(isTitleAnswer(new URL("https://vuga.test/api/v1/titles/12/seasons/1/episodes"), origin)).toBe(
      false,
    );
    expect(isTitleAnswer(new URL("https://cdn.test/api/v1/titles/12"), origin)).toBe(false);
    expect(isPublicHome(new URL("https://vuga.test/api/v1/home"), origin)).toBe(true);
    expect(isPublicHome(new URL("https://vuga.test/api/v1/profiles/4/home"), origin)).toBe(false);
    const image = { method: "GET", destination: "image" } as Request;
    expect(isArtwork(image, new URL("https://cdn.test/media/art/7/poster-w342.jpg"))).toBe(true);
    expect(isArtwork(image, new URL("https://vuga.test/media/s/token/thumb.jpg"))).toBe(false);
  });
});
