import preact from "@preact/preset-vite";
import { defineConfig } from "vitest/config";

// Unit tests beside the code they test (`*.test.ts(x)`), in a simulated DOM; what a person does is tested in
// a real browser by the Python suite (tests/web).
export default defineConfig({
  plugins: [preact()],
  test: {
    environment: "happy-dom",
    maxWorkers: 2, // a two-core machine shared with other work
    include: ["packages/*/src/**/*.test.{ts,tsx}", "apps/*/src/**/*.test.{ts,tsx}"],
  },
});
