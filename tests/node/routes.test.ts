// AI_EMPLOYEE_TEST_ROUTES: the runner's own environment sends a built-in address to a stand-in on this machine, nowhere else.
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { NodeHttpClient } from "../../src/node/http";
import { routedHttp, routesFrom } from "../../src/node/routes";

let server: http.Server | null = null;
afterEach(async () => {
	await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
	server = null;
});

describe("test routes", () => {
	it("accepts only an https origin routed to a loopback address, and says why it refuses the rest", () => {
		const { routes, problems } = routesFrom({
			AI_EMPLOYEE_TEST_ROUTES: JSON.stringify({ "https://api.x.com/": "http://127.0.0.1:8080/", "https://api.linkedin.com": "https://evil.example", "http://plain.example": "http://127.0.0.1:1" }),
		});
		expect(routes).toEqual({ "https://api.x.com": "http://127.0.0.1:8080" });
		expect(problems).toHaveLength(2);
		expect(routesFrom({ AI_EMPLOYEE_TEST_ROUTES: "{nope" }).problems[0]).toMatch(/not valid JSON/);
		expect(routesFrom({})).toEqual({ routes: {}, problems: [] });
	});

	it("sends a routed origin's requests to the stand-in with path and query, and leaves other addresses alone", async () => {
		const seen: string[] = [];
		server = http.createServer((req, res) => {
			seen.push(req.url ?? "");
			res.end("ok");
		});
		await new Promise<void>((r) => server!.listen(0, "127.0.0.1", r));
		const port = (server.address() as AddressInfo).port;
		const client = routedHttp(new NodeHttpClient(), { "https://api.x.com": `http://127.0.0.1:${port}` });
		const res = await client.request({ url: "https://api.x.com/2/tweets?x=1", method: "POST", body: "{}" });
		expect(res.status).toBe(200);
		expect(seen).toEqual(["/2/tweets?x=1"]);
		// A look-alike host is not the routed origin: it is passed on untouched (recorded here, never sent).
		const passed: string[] = [];
		const recording = routedHttp({ request: (r) => (passed.push(r.url), Promise.resolve({ status: 200, headers: {}, text: "" })) }, { "https://api.x.com": `http://127.0.0.1:${port}` });
		await recording.request({ url: "https://api.x.com.evil.example/2/tweets" });
		expect(passed).toEqual(["https://api.x.com.evil.example/2/tweets"]);
		expect(seen).toHaveLength(1);
	});
});
