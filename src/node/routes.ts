// Test routes: the runner's own environment (never the vault) may send a service's built-in address to a fake on this machine.
//
// The services' addresses are built into the plugin, so no setting can point a token elsewhere. Tests and local
// proxies still need to reach stand-ins on 127.0.0.1; they say so in the environment of the runner process, which an
// agent that can only write vault files cannot set. Only loopback targets are accepted, and the runner prints them.
import type { HttpClient, HttpRequest } from "../core/ports";
import type { Env } from "./env";

export const ROUTES_VARIABLE = "AI_EMPLOYEE_TEST_ROUTES";

/** Built-in origin (`https://api.x.com`) → loopback base (`http://127.0.0.1:4567`). */
export type Routes = Record<string, string>;

const ORIGIN = /^https:\/\/[a-z0-9.-]+$/;
const LOOPBACK = /^http:\/\/(127\.0\.0\.1|localhost|\[::1\]):\d{1,5}$/;

/** Reads AI_EMPLOYEE_TEST_ROUTES (JSON object); entries that are not origin → loopback are refused with a reason. */
export function routesFrom(env: Env): { routes: Routes; problems: string[] } {
	const raw = env[ROUTES_VARIABLE];
	if (raw === undefined || raw.trim() === "") return { routes: {}, problems: [] };
	let parsed: unknown;
	try {
		parsed = JSON.parse(raw);
	} catch {
		return { routes: {}, problems: [`${ROUTES_VARIABLE} is not valid JSON; no test routes are used.`] };
	}
	if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return { routes: {}, problems: [`${ROUTES_VARIABLE} must be a JSON object; no test routes are used.`] };
	const routes: Routes = {};
	const problems: string[] = [];
	for (const [from, to] of Object.entries(parsed as Record<string, unknown>)) {
		const origin = from.replace(/\/+$/, "").toLowerCase();
		const target = typeof to === "string" ? to.replace(/\/+$/, "") : "";
		if (!ORIGIN.test(origin) || !LOOPBACK.test(target)) {
			problems.push(`${ROUTES_VARIABLE}: "${from}" → ${JSON.stringify(to)} is not an https origin routed to a loopback address such as http://127.0.0.1:8080; ignored.`);
			continue;
		}
		routes[origin] = target;
	}
	return { routes, problems };
}

/** Sends requests for a routed origin to its loopback stand-in, path and query unchanged; everything else as it is. */
export function routedHttp(inner: HttpClient, routes: Routes): HttpClient {
	const entries = Object.entries(routes);
	if (entries.length === 0) return inner;
	const rewrite = (url: string): string => {
		for (const [origin, target] of entries) {
			if (url === origin || url.startsWith(`${origin}/`) || url.startsWith(`${origin}?`)) return target + url.slice(origin.length);
		}
		return url;
	};
	return { request: (req: HttpRequest) => inner.request({ ...req, url: rewrite(req.url) }) };
}
