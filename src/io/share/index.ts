export * from "./shareLink";
export * from "./shareDocument";
export { fromBase64Url, toBase64Url } from "./base64url";
