// Builds an engine over the memory vault with the echo connector, and writes request notes the way agents do.
import { stringify } from "yaml";
import { Engine } from "../../../src/core/engine";
import { defaultSettings } from "../../../src/core/settings/parse";
import type { Settings } from "../../../src/core/settings/schema";
import { NodeHttpClient } from "../../../src/node/http";
import { testHost, type TestHost } from "../../helpers";
import { echoConnector } from "../../fakes/echo/connector";
import { startEchoServer, type EchoServer } from "../../fakes/echo/server";
import { createRequestNote, type NewRequest } from "../../../src/core/requests/create-request";

export const KEY = "0123456789abcdef0123456789abcdef";
export const ROOT = "AI_Employee";

export interface World {
	host: TestHost;
	engine: Engine;
	echo: EchoServer;
	settings: Settings;
	executor: { on: boolean };
	close(): Promise<void>;
}

export async function makeWorld(opts: { dryRun?: boolean; files?: Record<string, string>; patch?: (s: Settings) => void; key?: string | null } = {}): Promise<World> {
	const echo = await startEchoServer();
	const host = testHost({ files: opts.files, start: "2026-11-26T09:00:00Z", http: new NodeHttpClient() });
	const settings = defaultSettings();
	settings.dryRun = opts.dryRun ?? false;
	opts.patch?.(settings);
	const executor = { on: true };
	const key = opts.key === undefined ? KEY : opts.key;
	const engine = new Engine({ host, settings, hostKind: "headless", connectors: [echoConnector(() => echo.url)], approvalKey: () => key, isExecutor: () => executor.on });
	await engine.setUpVault();
	return {
		host,
		engine,
		echo,
		settings,
		executor,
		close: async () => {
			await engine.stop();
			await echo.close();
		},
	};
}

/** A request note as an agent (or anyone with vault access) would write it: no origin mark. */
export function agentNote(fields: Record<string, unknown> = {}, params: Record<string, unknown> = { text: "Hello" }): string {
	const fm = {
		type: "approval_request",
		id: "REQ-1",
		action: "test.send",
		status: "pending",
		created: "2026-11-26T08:00:00Z",
		requested_by: "claude-code",
		params,
		...fields,
	};
	return `---\n${stringify(fm)}---\n# Send hello\n\nPlease send hello.\n`;
}

export const pending = (name: string) => `${ROOT}/Pending_Approval/${name}`;
export const folder = (name: string) => `${ROOT}/${name}`;

export async function ownerRequest(w: World, req: Partial<NewRequest> & { params: Record<string, unknown> }): Promise<string> {
	return createRequestNote(w.engine.deps, { action: "test.send", requestedBy: "owner", origin: "plugin:command", title: "Test request", ...req });
}

/** All lines of today's audit log. */
export async function logLines(w: World): Promise<Record<string, unknown>[]> {
	await w.engine.log.settle();
	const text = (await w.host.vault.read(`${ROOT}/Logs/2026-11-26.jsonl`)) ?? "";
	return text
		.split("\n")
		.filter(Boolean)
		.map((l) => JSON.parse(l) as Record<string, unknown>);
}
