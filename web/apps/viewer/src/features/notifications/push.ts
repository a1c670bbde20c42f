// Web Push on this device: the browser's subscription (made with the server's VAPID key) registered for this
// device's session, or removed. The service worker (src/sw.ts) shows what arrives.

import { unwrap } from "@vuga/api";
import { client } from "../../api";

export type PushState = "unsupported" | "unavailable" | "denied" | "off" | "on";

export function pushSupported(): boolean {
  return "serviceWorker" in navigator && "PushManager" in window && "Notification" in window;
}

/** The server's key as the bytes PushManager.subscribe takes (it is base64url without padding). */
export function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 =
    base64url.replace(/-/g, "+").replace(/_/g, "/") + "=".repeat((4 - (base64url.length % 4)) % 4);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

export async function serverKey(): Promise<string | null> {
  return (await unwrap(client.GET("/api/v1/push/web-push-key"))).public_key ?? null;
}

export async function registered(): Promise<boolean> {
  const answer = await client.GET("/api/v1/me/push-subscriptions");
  return answer.response.ok;
}

export async function turnOn(key: string): Promise<void> {
  const permission = await Notification.requestPermission();
  if (permission !== "granted") throw new Error("denied");
  const registration = await navigator.serviceWorker.ready;
  const subscription =
    (await registration.pushManager.getSubscription()) ??
    (await registration.pushManager.subscribe({
      userVisibleOnly: true,
      applicationServerKey: keyBytes(key),
    }));
  const json = subscription.toJSON();
  await unwrap(
    client.PUT("/api/v1/me/push-subscriptions", {
      body: {
        provider: "webpush",
        endpoint: json.endpoint ?? subscription.endpoint,
        keys: { p256dh: json.keys?.p256dh ?? "", auth: json.keys?.auth ?? "" },
      },
    }),
  );
}

export async function turnOff(): Promise<void> {
  const registration = await navigator.serviceWorker.getRegistration();
  const subscription = await registration?.pushManager.getSubscription();
  await subscription?.unsubscribe();
  await client.DELETE("/api/v1/me/push-subscriptions"); // a 404 is "off" already
}
