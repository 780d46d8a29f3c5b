// What one MCP tool is, and the two shapes its answer takes: a result, or an error an agent can act on.
import type { AuditLog } from "../core/log/audit-log";
import type { EngineParts } from "../core/engine-ports";
import type { ConnectorRegistry } from "../core/executor/connector";
import type { HttpClient, SecretStore } from "../core/ports";

export type JsonSchema = Record<string, unknown>;

export interface ToolResult {
	[key: string]: unknown;
	content: { type: "text"; text: string }[];
	structuredContent?: Record<string, unknown>;
	isError?: boolean;
}

/** Who called: the client's name from the MCP handshake, as the log and the notes name it. */
export interface CallInfo {
	client: string;
}

/** What the tools may use. No approval key, no executor: the server can read and draft, never act. */
export interface McpContext {
	/** The engine's parts, with an approval key that is always null and an executor flag that is always false. */
	deps: EngineParts;
	registry: ConnectorRegistry;
	log: AuditLog;
	/** Real HTTP for the read-only service look-ups (Odoo, social metrics); drafts never use it. */
	http: HttpClient;
	/** Connector secrets from the environment (never the approval key); tools never return them. */
	secrets: SecretStore;
}

export interface McpTool {
	name: string;
	title: string;
	description: string;
	inputSchema: JsonSchema;
	/** Answers the call; throws ToolInputError (or any error) for an `isError` result. */
	run(args: Record<string, unknown>, call: CallInfo): Promise<ToolOutcome>;
}

/** A tool's answer plus what its audit-log line says. */
export interface ToolOutcome {
	text: string;
	data?: Record<string, unknown>;
	/** The note or item the call was about, for the log line's target. */
	target?: string;
}

/** Bad input or a refusal: the message says which field and what is allowed. */
export class ToolInputError extends Error {
	constructor(message: string) {
		super(message);
		this.name = "ToolInputError";
	}
}

export function resultOf(outcome: ToolOutcome): ToolResult {
	return { content: [{ type: "text", text: outcome.text }], ...(outcome.data ? { structuredContent: outcome.data } : {}) };
}

export function errorResult(message: string): ToolResult {
	return { content: [{ type: "text", text: message }], isError: true };
}
