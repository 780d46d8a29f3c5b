// Types for the files of the npm `xmlrpc` package (a devDependency, never bundled) the fake and the codec tests use: an
// independent XML-RPC implementation to check ours against.
declare module "xmlrpc/lib/serializer.js" {
	export function serializeMethodResponse(value: unknown): string;
	export function serializeFault(fault: { faultCode: number; faultString: string }): string;
	export function serializeMethodCall(method: string, params: unknown[]): string;
}
declare module "xmlrpc/lib/deserializer.js" {
	import type { Readable } from "node:stream";
	export default class Deserializer {
		constructor(encoding?: string);
		deserializeMethodCall(stream: Readable, cb: (err: Error | null, method: string, params: unknown[]) => void): void;
		deserializeMethodResponse(stream: Readable, cb: (err: Error | null, result: unknown) => void): void;
	}
}
declare module "xmlrpc/lib/customtype.js" {
	/** A value the serializer writes as `<tagName>raw</tagName>`. */
	export default class CustomType {
		constructor(raw: string);
		raw: string;
		tagName: string;
	}
}
