import { decode } from "blurhash";

/** An image as the API describes it: its plain URL, and when it was uploaded, its variants and blurhash. */
export interface PictureImage {
  url: string;
  blurhash?: string | null;
  width?: number | null;
  height?: number | null;
  variants?: { width: number; height: number; type: string; url: string }[];
}

/** The `srcset` of the variants of one media type: "…/160w.webp 160w, …/320w.webp 320w". */
export function srcsetOf(image: PictureImage, type: string): string | undefined {
  const variants = (image.variants ?? []).filter((variant) => variant.type === type);
  return variants.length > 0
    ? variants.map((variant) => `${variant.url} ${variant.width}w`).join(", ")
    : undefined;
}

const PLACEHOLDER_WIDTH = 32; // the hash holds a few colour waves: a few pixels show them, CSS stretches them
const placeholders = new Map<string, string | undefined>();

/** The blurhash painted into a tiny PNG (a data URL), once per hash; undefined where there is no canvas. */
export function blurhashDataUrl(hash: string, aspect = 1.5): string | undefined {
  const key = `${hash}:${aspect}`;
  if (placeholders.has(key)) return placeholders.get(key);
  let url: string | undefined;
  try {
    const width = PLACEHOLDER_WIDTH;
    const height = Math.max(1, Math.round(width * aspect));
    const canvas = document.createElement("canvas");
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext("2d");
    if (context) {
      const pixels = context.createImageData(width, height);
      pixels.data.set(decode(hash, width, height));
      context.putImageData(pixels, 0, 0);
      url = canvas.toDataURL();
    }
  } catch {
    url = undefined; // an invalid hash, or no canvas: the image's background colour shows instead
  }
  placeholders.set(key, url);
  return url;
}

export interface PictureProps {
  image: PictureImage;
  /** How wide the image is laid out, for the browser to pick a variant: "(min-width: 60rem) 11rem, 30vw". */
  sizes: string;
  width: number;
  height: number;
  class?: string;
  loading?: "lazy" | "eager";
  fetchpriority?: "high" | "low" | "auto";
}

/**
 * An image at the size the layout needs: WebP variants for the browsers that decode them, JPEG (or PNG)
 * for the others, chosen by `sizes`; its blurhash painted behind it until it loads. An image given by URL
 * only (no variants) is a plain `<img>`.
 */
export function Picture({
  image,
  sizes,
  width,
  height,
  loading = "lazy",
  fetchpriority,
  ...rest
}: PictureProps) {
  const webp = srcsetOf(image, "image/webp");
  const fallbackType = image.variants?.find((variant) => variant.type !== "image/webp")?.type;
  const fallback = fallbackType ? srcsetOf(image, fallbackType) : undefined;
  const aspect = image.width && image.height ? image.height / image.width : height / width;
  const placeholder = image.blurhash ? blurhashDataUrl(image.blurhash, aspect) : undefined;
  return (
    <picture>
      {webp && <source type="image/webp" srcSet={webp} sizes={sizes} />}
      <img
        class={rest.class}
        src={image.url}
        srcSet={fallback}
        sizes={fallback ? sizes : undefined}
        alt=""
        loading={loading}
        decoding="async"
        fetchpriority={fetchpriority}
        width={width}
        height={height}
        style={placeholder ? { backgroundImage: `url(${placeholder})`, backgroundSize: "cover" } : undefined}
        onLoad={(event) => {
          // A transparent logo would show the placeholder through it.
          (event.currentTarget as HTMLImageElement).style.backgroundImage = "";
        }}
      />
    </picture>
  );
}
