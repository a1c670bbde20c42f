import { describe, expect, it } from "vitest";
import { keyBytes } from "./push";
import { centreItems, linkHref, nextPopup, type ProfileNotification, unreadCount } from "./queries";

function item(id: number, fields: Partial<ProfileNotification> = {}): ProfileNotification {
  return {
    id,
    title: `N${id}`,
    body: "",
    image_url: null,
    link: null,
    popup: false,
    sent_at: "2026-12-07T12:00:00Z",
    shown: false,
    ...fields,
  };
}

describe("notifications", () => {
  // the server lists newest first
  const items = [item(4, { popup: true }), item(3), item(2, { popup: true }), item(1, { shown: true })];

  it("shows the oldest popup not yet shown, once", () => {
    expect(nextPopup(items)?.id).toBe(2);
    expect(nextPopup([item(2, { popup: true, shown: true })])).toBeNull();
  });

  it("lists and counts only what is not a popup", () => {
    expect(centreItems(items).map((n) => n.id)).toEqual([3, 1]);
    expect(unreadCount(items)).toBe(1);
  });

  it("links titles to their page and channels to their player", () => {
    expect(linkHref(item(5, { link: { kind: "title", id: 12, name: "Ocean" } }))).toBe("/title/12");
    expect(linkHref(item(6, { link: { kind: "channel", id: 3, name: "Live" } }))).toBe("/live/3");
  });

  it("decodes the server's base64url key to the bytes PushManager takes", () => {
    const key = keyBytes("BAEC_-8");
    expect(Array.from(key)).toEqual([4, 1, 2, 255, 239]);
  });
});
