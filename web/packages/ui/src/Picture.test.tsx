import { render } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import { Picture, type PictureImage, srcsetOf } from "./Picture";

const uploaded: PictureImage = {
  url: "https://cdn.test/images/ab/400w.jpg",
  blurhash: "LEHV6nWB2yk8pyo0adR*.7kCMdnj",
  width: 400,
  height: 600,
  variants: [160, 400].flatMap((width) => [
    { width, height: width * 1.5, type: "image/webp", url: `https://cdn.test/images/ab/${width}w.webp` },
    { width, height: width * 1.5, type: "image/jpeg", url: `https://cdn.test/images/ab/${width}w.jpg` },
  ]),
};

describe("Picture", () => {
  it("offers WebP first and JPEG to the other browsers, each by width", () => {
    expect(srcsetOf(uploaded, "image/webp")).toBe(
      "https://cdn.test/images/ab/160w.webp 160w, https://cdn.test/images/ab/400w.webp 400w",
    );
    const { container } = render(<Picture image={uploaded} sizes="11rem" width={200} height={300} />);
    const source = container.querySelector("picture > source");
    expect(source?.getAttribute("type")).toBe("image/webp");
    expect(source?.getAttribute("sizes")).toBe("11rem");
    const img = container.querySelector("picture > img");
    expect(img?.getAttribute("srcset")).toContain("160w.jpg 160w");
    expect(img?.getAttribute("src")).toBe(uploaded.url);
  });

  it("shows an image given by URL only as a plain img", () => {
    const { container } = render(
      <Picture image={{ url: "https://elsewhere.test/p.jpg" }} sizes="11rem" width={200} height={300} />,
    );
    expect(container.querySelector("source")).toBeNull();
    const img = container.querySelector("img");
    expect(img?.getAttribute("srcset")).toBeNull();
    expect(img?.getAttribute("src")).toBe("https://elsewhere.test/p.jpg");
  });
});
