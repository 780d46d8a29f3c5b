// A whole Host built from the test doubles of the ports: memory vault, fake clock, list notifier, map secrets.
import { parse, stringify } from "yaml";
import type { Host, HttpClient, HttpRequest, HttpResponse } from "../../src/core/ports";
import { FakeClock } from "./fake-clock";
import { ListNotifier } from "./list-notifier";
import { MapSecretStore } from "./map-secret-store";
import { MemoryVault } from "./memory-vault";

/** An HttpClient for tests that must not reach the network: every request fails as "no answer". */
export const offlineHttp: HttpClient = {
	request(req: HttpRequest): Promise<HttpResponse> {
		return Promise.reject(new Error(`No network in this test (${req.method ?? "GET"} ${req.url})`));
	},
};

export interface TestHost extends Host {
	vault: MemoryVault;
	clock: FakeClock;
	notifier: ListNotifier;
	secrets: MapSecretStore;
}

export interface TestHostOptions {
	files?: Record<string, string>;
	secrets?: Record<string, string>;
	start?: number | string;
	timeZone?: string;
	http?: HttpClient;
	deviceId?: string;
}

export function testHost(options: TestHostOptions = {}): TestHost {
	const clock = new FakeClock(options.start);
	return {
		vault: new MemoryVault(options.files ?? {}, () => clock.now()),
		secrets: new MapSecretStore(options.secrets ?? {}),
		http: options.http ?? offlineHttp,
		clock,
		notifier: new ListNotifier(),
		yaml: { parse: (text) => parse(text) as unknown, stringify: (value) => stringify(value) },
		timeZone: options.timeZone ?? "UTC",
		deviceId: options.deviceId ?? "test-device",
	};
}
