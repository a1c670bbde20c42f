export { type AppSession, type AppSessionOptions, createAppSession, createQueryClient } from "./appSession";
export { useSignedIn } from "./hooks";
