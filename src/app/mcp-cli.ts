// Entry of dist/mcp.cjs (`ai-employee mcp`): a bundle of its own, so the MCP SDK stays out of main.js and the runner.
import { messageOf } from "../core/util/errors";
import { mcpMain } from "./mcp-main";

void mcpMain(process.argv.slice(3), process.env, (t) => void process.stderr.write(t)).then(
	(code) => {
		process.exitCode = code;
		if (code !== 0) process.exit(code);
	},
	(err: unknown) => {
		process.stderr.write(`AI Employee MCP server stopped: ${messageOf(err)}\n`);
		process.exit(1);
	},
);
