// The Odoo connection an approved action runs with; without one, a preview still shows the exact request.
import type { ActionContext, ActionResult } from "../../core/executor/connector";
import type { SecretStore } from "../../core/ports";
import { CategorizedError } from "../../core/util/errors";
import type { OdooConfig } from "./config";

export type OdooConfigSource = (secrets: SecretStore) => OdooConfig;

/**
 * Runs `run` with the connection. Without one (no API key on this device, Odoo not set up) a preview never needs
 * credentials: `offline` records what would be sent and names what was not looked up; for real, the error stands.
 * Which of the two applies is the executor's decision (`ctx.outcome`), not the handler's.
 */
export async function withConnection(
	ctx: ActionContext,
	getConfig: OdooConfigSource,
	previewConfig: (() => OdooConfig) | undefined,
	run: (config: OdooConfig) => Promise<ActionResult>,
	offline: (config: OdooConfig, why: string) => Promise<ActionResult>,
): Promise<ActionResult> {
	let config: OdooConfig;
	try {
		config = getConfig(ctx.secrets);
	} catch (err) {
		if (!(previewConfig && err instanceof CategorizedError)) throw err;
		return ctx.outcome({ preview: () => offline(previewConfig(), err.message), done: () => Promise.reject(err) });
	}
	return run(config);
}
