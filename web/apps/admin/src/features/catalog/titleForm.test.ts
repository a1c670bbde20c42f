import { describe, expect, it } from "vitest";
import { createBody, type TitleFormValues, updateBody } from "./titleForm";

const values: TitleFormValues = {
  kind: "movie",
  title: " The Long Night ",
  original_title: "",
  release_year: "2024",
  duration_s: "5400",
  maturity_rating: "16+",
  synopsis: "A storm.",
  genre_ids: [3, 1],
  is_featured: false,
};

describe("the title form's bodies", () => {
  it("creates with the values typed, numbers as numbers", () => {
    expect(createBody(values)).toEqual({
      kind: "movie",
      title: "The Long Night",
      release_year: 2024,
      duration_s: 5400,
      synopsis: "A storm.",
      maturity_rating: "16+",
      genre_ids: [3, 1],
      is_featured: false,
    });
  });

  it("sends what is not a number as typed, for the API to name the field", () => {
    expect(createBody({ ...values, release_year: "soon" }).release_year).toBe("soon");
    expect(createBody({ ...values, kind: "series" })).not.toHaveProperty("duration_s");
  });

  it("updates only the fields that changed", () => {
    expect(updateBody(values, values)).toEqual({});
    expect(updateBody(values, { ...values, genre_ids: [1, 3] })).toEqual({});
    expect(
      updateBody(values, { ...values, release_year: "1500", original_title: "", genre_ids: [2] }),
    ).toEqual({
      release_year: 1500,
      genre_ids: [2],
    });
    expect(updateBody({ ...values, original_title: "La nuit" }, values)).toEqual({ original_title: null });
  });
});
