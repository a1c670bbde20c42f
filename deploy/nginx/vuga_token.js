// The edge's check of VUGA TV's signed media URLs (docs/media-delivery.md, "nginx in front"), for nginx's
// njs module: the same HMAC-SHA256 over the same fields as vuga.media.delivery.signing, so nginx answers
// 403 (tampered, unknown secret, a rendition above the token's height) and 410 (expired) without the API.
// VUGA_DELIVERY_SECRETS: the delivery secrets (VUGA_DELIVERY_SECRET, then the previous ones), comma-separated.
function verify(r) {
    const m = r.uri.match(/^\/media\/s\/((\d{1,12})\.(\d{1,5})\.([A-Za-z0-9_-]{1,64})\.([0-9a-f]{8})\.([A-Za-z0-9_-]{43}))\/(assets\/([A-Za-z0-9_-]{1,64})\/)(.+)$/);
    if (!m) return "403";
    const secrets = (process.env.VUGA_DELIVERY_SECRETS || "").split(",");  // current first, then previous
    const crypto = require("crypto");
    for (let i = 0; i < secrets.length; i++) {  // njs 0.7 (Debian 12) has no for...of
        const s = secrets[i];
        const kid = crypto.createHmac("sha256", s).update("vuga.media.delivery.key-id").digest("hex").slice(0, 8);
        if (kid !== m[5]) continue;
        const message = `${m[7]}|${m[2]}|${m[3]}|${m[4]}|${m[5]}`;
        const sig = crypto.createHmac("sha256", s).update(message).digest("base64url");
        if (sig !== m[6]) return "403";
        if (Number(m[2]) <= Date.now() / 1000) return "410";
        const height = m[9].match(/^v(\d+)\//);
        if (height && m[3] !== "0" && Number(height[1]) > Number(m[3])) return "403";
        return "ok";
    }
    return "403";
}
export default { verify };
