import { ApiError, OfflineError } from "@vuga/api";
import { describe, expect, it } from "vitest";
import { createQueryClient } from "./appSession";

describe("the shared query cache", () => {
  const retry = createQueryClient().getDefaultOptions().queries?.retry as (n: number, e: unknown) => boolean;

  it("does not retry what a retry cannot mend", () => {
    expect(retry(0, new ApiError(404, { status: 404 }))).toBe(false);
    expect(retry(0, new ApiError(422, { status: 422 }))).toBe(false);
  });

  it("retries a server error twice", () => {
    expect(retry(0, new ApiError(503, { status: 503 }))).toBe(true);
    expect(retry(1, new ApiError(503, { status: 503 }))).toBe(true);
    expect(retry(2, new ApiError(503, { status: 503 }))).toBe(false);
    expect(retry(0, new OfflineError(new TypeError("fetch failed")))).toBe(navigator.onLine);
  });
});
